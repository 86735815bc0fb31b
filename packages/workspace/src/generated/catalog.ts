/**
 * GENERATED FILE: do not edit by hand.
 * Source: the node catalog (GET /v1/nodes) of @noxus/local, by packages/workspace/scripts/generate.ts
 * Regenerate: pnpm generate (pnpm generate:check guards it)
 */

import type { NodeFileValue } from "../resources/workflows/typed/shapes.js";

/** The node types of the catalog: config keys and value types, inputs, keyed inputs, outputs. */
export type DefaultNodeCatalog = {
  /** A text input of the workflow, given when the run starts (or fixed). */
  InputNode: {
    config: {
      /** Name of the input; run inputs may be keyed by it. */
      label?: string;
      /** Use `value` when the run gives no input for this node. */
      fixed_value?: boolean;
      /** The fixed value, used when `fixed_value` is true. */
      value?: string;
      /** Data type of the input. */
      type?: string;
    };
    inputs: "input";
    keyedInputs: never;
    outputs: "output";
  };
  /** A File given to the run as an object with `uri` (and ideally `name`). */
  FileInputNode: {
    config: {
      /** Name of the input; run inputs may be keyed by it. */
      label?: string;
      /** Use `value` when the run gives no input for this node. */
      fixed_value?: boolean;
      /** The fixed value, used when `fixed_value` is true. */
      value?: NodeFileValue;
      /** Data type of the input. */
      type?: string;
    };
    inputs: "input";
    keyedInputs: never;
    outputs: "output";
  };
  /** A Image given to the run as an object with `uri` (and ideally `name`). */
  ImageInputNode: {
    config: {
      /** Name of the input; run inputs may be keyed by it. */
      label?: string;
      /** Use `value` when the run gives no input for this node. */
      fixed_value?: boolean;
      /** The fixed value, used when `fixed_value` is true. */
      value?: NodeFileValue;
      /** Data type of the input. */
      type?: string;
    };
    inputs: "input";
    keyedInputs: never;
    outputs: "output";
  };
  /** A result of the workflow: the run output is keyed by this node's output id. */
  OutputNode: {
    config: {
      /** Name of the output (its key in sync runs). */
      label?: string;
    };
    inputs: "input";
    keyedInputs: never;
    outputs: "output";
  };
  /** Fills `((key))` placeholders of a template with the connected variables. */
  ComposeTextNode: {
    config: {
      /** Text with `((key))` placeholders. */
      template: string;
    };
    inputs: "variables";
    keyedInputs: "variables";
    outputs: "output" | "on_error";
  };
  /** Renders its template with the connected variables and sends it to a language model. */
  TextGenerationNode: {
    config: {
      /** Prompt with `((key))` placeholders. */
      template: string;
      /** Model names; the first is used. */
      model?: string[];
      /** Display label. */
      label?: string;
      /**
       * Sampling temperature.
       * Hidden in the editor.
       */
      temperature?: number;
      /**
       * Longest answer, in tokens.
       * Hidden in the editor.
       */
      max_tokens?: number;
    };
    inputs: "variables";
    keyedInputs: "variables";
    outputs: "output" | "on_error";
  };
  /** Asks the language model to summarise its input text. */
  SummaryNode: {
    config: {
      /** Shape of the summary, e.g. `bullet points`. */
      summary_format?: string;
      /** What the summary should focus on. */
      summary_topic?: string;
      /** Model names; the first is used. */
      model?: string[];
    };
    inputs: "input";
    keyedInputs: never;
    outputs: "output" | "on_error";
  };
};
