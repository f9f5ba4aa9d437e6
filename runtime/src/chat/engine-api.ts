import type { BundleDocument, Locale } from '@kefu/schemas';
import type { ConversationState, EngineEvent, Services, StepResult } from '../engine/types.js';

/** The engine as the turn processor uses it; injected so tests can drive the store alone. */
export interface EngineApi {
  initialState(bundle: BundleDocument, options: { bundleVersion: number; locale?: Locale }): ConversationState;
  step(state: ConversationState, event: EngineEvent, services: Services): Promise<StepResult>;
}
