export interface CaseFailure {
  /** 1-based index of the failing step; 0 when the case failed before its first step. */
  step: number;
  line?: number;
  message: string;
  /** The conversation up to the failure, one line per message ("bot: …", "user: …"). */
  transcript: string[];
}

export interface CaseResult {
  name: string;
  passed: boolean;
  failure?: CaseFailure;
}

export interface ConversationTestFileResult {
  file: string;
  name: string;
  /** Problems with the flows or settings under test; when present, no case ran. */
  problems: string[];
  cases: CaseResult[];
  passed: number;
  failed: number;
}
