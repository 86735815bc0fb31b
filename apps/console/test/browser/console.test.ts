import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  axeViolations,
  FAILING_QUESTION,
  type Harness,
  SCREENSHOT_DIR,
  startHarness,
} from "./harness.js";

let h: Harness;
let page: Page;
const visited: string[] = [];

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  h = await startHarness();
  page = h.page;
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const go = async (hash: string) => {
  await page.goto(`${h.console.url.replace(/\/$/, "")}/#${hash}`);
};

/** Saves a screenshot for reviewers and checks the page with axe (0 serious or critical). */
async function checkPage(name: string) {
  visited.push(name);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
}

describe("the console in Chromium, against @noxus/local through the console server", () => {
  it("lists the workflows and shows the active workspace", async () => {
    await go("/workflows");
    await page.getByRole("link", { name: "Summarise" }).waitFor();
    await expect(page.getByTestId("active-workspace").textContent()).resolves.toContain("Demo");
    await page.getByLabel("Search by name").fill("nothing like this");
    await page.getByText("0 of 1 on this page match.").waitFor();
    await page.getByLabel("Search by name").fill("summ");
    await page.getByRole("link", { name: "Summarise" }).waitFor();
    await checkPage("workflows");
  });

  it("runs Summarise from its form, shows node states change live, then the output", async () => {
    await page.getByRole("link", { name: "Summarise" }).click();
    await page.getByRole("heading", { level: 1, name: "Summarise" }).waitFor();
    await page.getByRole("figure", { name: "Workflow graph" }).waitFor();
    await page
      .getByLabel("text", { exact: true })
      .fill("The console runs workflows in the browser.");
    await page.getByRole("button", { name: "Run" }).click();
    // The model takes 400 ms: the generation node is seen running, then completed.
    const generate = page.locator('[data-testid="node-state"][data-node="TextGeneration"]');
    await generate.and(page.locator('[data-state="running"]')).waitFor();
    await generate.and(page.locator('[data-state="completed"]')).waitFor();
    const output = page.getByTestId("run-output");
    await output.waitFor();
    await expect(output.textContent()).resolves.toContain(
      "Summarise in one paragraph: The console runs workflows in the browser.",
    );
    await expect(output.getByRole("heading").textContent()).resolves.toBe("Summary");
    await checkPage("workflow");
  });

  it("renders a Markdown output safely, and shows it as text or JSON on request", async () => {
    await page
      .getByLabel("text", { exact: true })
      .fill(
        'Plan\n\n## Steps\n\n- **first** step\n\n<img src="x" onerror="window.__injected = true">',
      );
    await page.getByRole("button", { name: "Run" }).click();
    const output = page.getByTestId("run-output");
    await output.locator(".markdown strong").getByText("first").waitFor();
    await expect(output.locator(".markdown h2").textContent()).resolves.toBe("Steps");
    // Model-written HTML is sanitised: no image (no call to a model-chosen host), nothing ran.
    await expect(output.locator(".markdown img, [onerror]").count()).resolves.toBe(0);
    await expect(page.evaluate(() => "__injected" in window)).resolves.toBe(false);
    await output.getByLabel("JSON").check();
    await expect(output.locator("pre").textContent()).resolves.toContain('"text": "Summarise');
    await output.getByLabel("Text", { exact: true }).check();
    await expect(output.locator(".output-text").textContent()).resolves.toContain("## Steps");
  });

  it("shows the run in Runs, with inputs, outputs, node timing, and runs it again", async () => {
    await go("/runs");
    await page.getByTestId("run-list").getByText("Summarise").first().waitFor();
    await page.getByLabel("Status").selectOption("failed");
    await page.getByText("No runs with status failed here.").waitFor();
    await page.getByLabel("Status").selectOption("completed");
    await checkPage("runs");
    // The newest run comes first: the Markdown one.
    await page
      .getByRole("link", { name: /^Open run/ })
      .first()
      .click();
    await page.getByTestId("run-input").waitFor();
    await expect(page.getByTestId("run-input").textContent()).resolves.toContain("## Steps");
    await page.getByTestId("run-output").waitFor();
    await expect(page.locator('[data-testid="node-state"]').count()).resolves.toBe(3);
    await checkPage("run");
    const firstRun = page.url();
    await page.getByRole("button", { name: "Run again" }).click();
    await page.waitForURL((url) => url.toString() !== firstRun);
    await page.locator('[data-testid="node-state"][data-state="completed"]').nth(2).waitFor();
    await expect(page.getByTestId("run-output").textContent()).resolves.toContain("Steps");
  });

  it("creates a knowledge base, uploads two files with progress, trains, and searches", async () => {
    await go("/knowledge-bases");
    await page.getByRole("link", { name: "Handbook" }).waitFor();
    await checkPage("knowledge-bases");
    await page.getByLabel("Name").fill("Garden notes");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByRole("heading", { level: 1, name: "Garden notes" }).waitFor();
    await page.getByTestId("file-input").setInputFiles([
      {
        name: "tomatoes.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(
          "# Tomatoes\n\nSow tomato seedlings indoors in March and plant them out after the last frost. Water tomatoes at the base.",
        ),
      },
      {
        name: "rockets.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(
          "Rocket engines burn propellant to produce thrust. Liquid oxygen and kerosene power many first stages.",
        ),
      },
    ]);
    await page.locator('[data-testid="upload-progress"][value="100"]').waitFor();
    await page.getByText("100 %").waitFor();
    // Training finishes: both documents trained, the knowledge base settled.
    await page.getByTestId("training-status").getByText("2 of 2 trained").waitFor();
    await page.getByTestId("training-status").getByText("trained", { exact: true }).waitFor();
    await page.getByTestId("documents").getByText("tomatoes.md").waitFor();
    // Dropping a file on the drop zone uploads it too.
    await page.getByTestId("dropzone").dispatchEvent("drop", {
      dataTransfer: await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(["Bees pollinate tomato flowers."], "bees.txt"));
        return transfer;
      }),
    });
    await page.getByTestId("training-status").getByText("3 of 3 trained").waitFor();
    await page.getByTestId("documents").getByText("bees.txt").waitFor();
    await page.getByLabel("Search this knowledge base").fill("when to plant tomato seedlings");
    await page.getByRole("button", { name: "Search" }).click();
    const first = page.getByTestId("search-results").locator("li").first();
    await first.waitFor();
    await expect(first.locator("strong").textContent()).resolves.toBe("tomatoes.md");
    await expect(first.textContent()).resolves.toContain("Sow tomato seedlings");
    await checkPage("knowledge-base");
  });

  it("chats with an agent and shows its reply", async () => {
    const created = await fetch(`${h.local.url}/v1/agents`, {
      method: "POST",
      headers: { "X-API-Key": h.demoKey, "content-type": "application/json" },
      body: JSON.stringify({
        name: "Helper",
        definition: { model: ["noxus-local-echo"], temperature: 0, tools: [] },
      }),
    });
    expect(created.status).toBe(200);
    await go("/chat");
    await page.getByLabel("Talk to").selectOption({ label: "Helper" });
    await page.getByRole("button", { name: "Start conversation" }).click();
    await page.getByLabel("Message").fill("Where are the holiday rules?");
    // Every text the streaming reply bubble shows while it is busy, recorded as the page
    // changes it: proof the reply arrives in pieces rather than whole.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { replyTexts: string[] }).replyTexts = seen;
      new MutationObserver(() => {
        const bubble = document.querySelector('[data-testid="live-reply"][aria-busy="true"] p');
        const text = bubble?.textContent ?? "";
        if (text && text !== "…" && text !== seen.at(-1)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Send" }).click();
    // The local model answers with the question: the reply is the assistant's bubble.
    const reply = "Where are the holiday rules?";
    await page
      .locator('[data-testid="messages"] li[data-role="assistant"]:not([aria-busy])')
      .getByText(reply)
      .waitFor();
    const pieces = await page.evaluate(
      () => (window as unknown as { replyTexts: string[] }).replyTexts,
    );
    // At least two partial texts, each growing the one before, all before the reply was whole.
    const partial = pieces.filter((text) => text !== reply);
    expect(partial.length, JSON.stringify(pieces)).toBeGreaterThanOrEqual(2);
    for (const [index, text] of partial.entries()) {
      expect(reply.startsWith(text), text).toBe(true);
      if (index > 0) expect(text.length).toBeGreaterThan(partial[index - 1]?.length ?? 0);
    }

    // A model failure is shown as an error, not as the assistant's answer.
    await page.getByLabel("Message").fill(FAILING_QUESTION);
    await page.getByRole("button", { name: "Send" }).click();
    await page
      .locator('[data-testid="messages"] li[data-role="error"]')
      .getByText("No reply: the model is unavailable.")
      .waitFor();
    await expect(
      page.locator('[data-testid="messages"] li[data-role="assistant"]').allTextContents(),
    ).resolves.not.toContainEqual(expect.stringContaining("model is unavailable"));
    await checkPage("chat");
  });

  it("shows the workspace with its key masked", async () => {
    await go("/workspace");
    const facts = page.getByTestId("workspace-facts");
    await facts.getByText("Demo", { exact: true }).waitFor();
    await expect(facts.textContent()).resolves.toContain(h.local.url);
    await checkPage("workspace");
  });

  it("shows API errors as readable messages: bad input (422) and an unknown id (404)", async () => {
    await go("/workflows");
    await page.getByRole("link", { name: "Summarise" }).click();
    await page.getByRole("button", { name: "Run" }).click();
    const invalid = page.getByRole("alert").filter({ hasText: "Some values are not valid." });
    await invalid.waitFor();
    await expect(invalid.textContent()).resolves.toMatch(/input\.text: Missing input/);
    await checkPage("error-422");

    await go("/workflows/00000000-0000-4000-8000-000000000000");
    await page.getByRole("alert").filter({ hasText: "Not found." }).waitFor();
    await go("/knowledge-bases/00000000-0000-4000-8000-000000000000");
    await page.getByRole("alert").filter({ hasText: "Not found." }).waitFor();
    await checkPage("error-404");
  });

  it("fits a 390 px wide screen without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const route of ["/workflows", "/runs", "/knowledge-bases", "/chat", "/workspace"]) {
      await go(route);
      await page.locator("main h1").waitFor();
      await page.waitForLoadState("networkidle");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways overflow on ${route}`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: join(SCREENSHOT_DIR, `narrow${route.replace(/\//g, "-")}.png`),
      });
    }
    // The workflow page too: graph, form and run side by side become one column.
    await go("/workflows");
    await page.getByRole("link", { name: "Summarise" }).click();
    await page.getByRole("figure", { name: "Workflow graph" }).waitFor();
    await page.getByRole("button", { name: "Run" }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "sideways overflow on a workflow's page").toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "narrow-workflow.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("is usable with the keyboard: skip link, then the sections, with a visible focus ring", async () => {
    await go("/workflows");
    // A fresh load, so that focus starts at the top of the document.
    await page.reload();
    await page.getByRole("link", { name: "Summarise" }).waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Skip to content",
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { text: element.textContent, outline: getComputedStyle(element).outlineStyle };
    });
    expect(focused).toEqual({ text: "Runs", outline: "solid" });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Runs" }).waitFor();
  });

  it("pages through the workflow list, and the search narrows a page", async () => {
    const headers = { "X-API-Key": h.demoKey, "content-type": "application/json" };
    const list = (await (await fetch(`${h.local.url}/v1/workflows`, { headers })).json()) as {
      items: { definition: unknown }[];
    };
    const definition = list.items[0]?.definition;
    for (let index = 1; index <= 21; index++) {
      const created = await fetch(`${h.local.url}/v1/workflows`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          name: `Copy ${String(index).padStart(2, "0")}`,
          type: "flow",
          definition,
        }),
      });
      expect(created.status).toBe(200);
    }
    await go("/workflows");
    await page.reload(); // the list seen a moment ago is still fresh in the query cache
    await page.getByText("22 workflows.").waitFor();
    const pager = page.getByRole("navigation", { name: "Workflow pages" });
    await pager.getByText("Page 1 of 2").waitFor();
    await expect(page.getByTestId("workflow-list").locator("li").count()).resolves.toBe(20);
    await pager.getByRole("button", { name: "Next" }).click();
    await pager.getByText("Page 2 of 2").waitFor();
    await expect(page.getByTestId("workflow-list").locator("li").count()).resolves.toBe(2);
    await pager.getByRole("button", { name: "Previous" }).click();
    await pager.getByText("Page 1 of 2").waitFor();
    await page.getByLabel("Search by name").fill("copy 1");
    await page.getByText("10 of 20 on this page match.").waitFor();
  });

  it("never lets the API key reach the browser", async () => {
    expect(visited).toEqual(
      expect.arrayContaining([
        "workflows",
        "workflow",
        "runs",
        "run",
        "knowledge-bases",
        "knowledge-base",
        "chat",
        "workspace",
      ]),
    );
    const key = h.demoKey;
    expect(h.captured.responses.length).toBeGreaterThan(20);
    const leaks = h.captured.responses.filter((response) => response.body.includes(key));
    expect(leaks.map((leak) => leak.url)).toEqual([]);
    expect(await page.content()).not.toContain(key);
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(storage).not.toContain(key);
    const cookies = JSON.stringify(await h.context.cookies());
    expect(cookies).not.toContain(key);
    expect(h.captured.consoleLines.join("\n")).not.toContain(key);
    expect(h.serverLog.join("\n")).not.toContain(key);
    // The masked key shown on the Workspace page keeps only a few characters.
    expect(h.captured.responses.some((response) => response.body.includes(key.slice(0, 16)))).toBe(
      false,
    );
  });
});
