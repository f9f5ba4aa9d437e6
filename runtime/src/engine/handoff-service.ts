/**
 * Escalation to people, as the `handoff` node sees it. The human inbox (a later
 * capability) implements it over agents' presence and queues; until then the engine
 * uses `NO_AGENTS`, which truthfully reports that nobody is online.
 */
export type HandoffOutcome = 'assigned' | 'queued' | 'no-agent';

export interface HandoffRequest {
  skillGroup: string;
  /** Null when the conversation is not stored (conversation tests, the simulator). */
  conversationId: string | null;
}

export interface HandoffService {
  /**
   * Asks for an agent. `assigned`: someone took the conversation now; `queued`: it waits
   * for an agent of the group; `no-agent`: nobody of the group is online. Must be
   * idempotent per conversation: the engine may re-run a turn after a write race.
   */
  request(input: HandoffRequest): Promise<HandoffOutcome>;
}

/** The default service while Kefu has no agent inbox: zero agents online, always. */
export const NO_AGENTS: HandoffService = {
  request: async () => 'no-agent',
};
