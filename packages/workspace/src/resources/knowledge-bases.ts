// ws.knowledgeBases: the public API of the group; the parts live in ./knowledge-bases/.
export type { NamedUpload, UploadInput } from "../internal/uploads.js";
export { V3_DEFAULTS as KNOWLEDGE_BASE_V3_DEFAULTS } from "./knowledge-bases/create-body.js";
export { DOCUMENT_STATUSES, KnowledgeBaseDocuments } from "./knowledge-bases/documents.js";
export { KnowledgeBaseTrainingTimeoutError } from "./knowledge-bases/errors.js";
export { KnowledgeBaseHandle } from "./knowledge-bases/handle.js";
export { KnowledgeBases } from "./knowledge-bases/knowledge-bases.js";
export type {
  CreateCommon as CreateKnowledgeBaseCommonOptions,
  CreateDocumentOptions,
  CreateKnowledgeBaseOptions,
  KnowledgeBaseSettingsV2,
  ListDocumentsOptions,
  ListRunsOptions,
  SearchOptions,
  TrainFile,
  TrainingResult,
  TrainOptions,
  TrainSource,
  TrainSourceBody,
  UpdateDocumentOptions,
  UploadOptions,
  UploadProgress,
  UploadResult,
  WaitUntilTrainedOptions,
} from "./knowledge-bases/types.js";
