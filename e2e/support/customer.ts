/**
 * A customer over the public chat API (`/api/v1/conversations`), as any channel talks to
 * Kefu: the specs use it to check which published version a new conversation follows.
 */

export interface ChatMessage {
  role: string;
  text: string;
}

export class Customer {
  private serial = 0;
  private constructor(
    private readonly baseUrl: string,
    readonly id: string,
    private readonly token: string,
    /** Everything the bot said when the conversation started. */
    readonly greeting: ChatMessage[],
  ) {}

  static async start(baseUrl: string): Promise<Customer> {
    const response = await fetch(`${baseUrl}/api/v1/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    });
    if (response.status !== 201) throw new Error(`starting a conversation answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { conversationId: string; token: string; messages: ChatMessage[] };
    return new Customer(baseUrl, body.conversationId, body.token, body.messages);
  }

  /** The bot's texts of the greeting. */
  get greetingTexts(): string[] {
    return botTexts(this.greeting);
  }

  /** Clicks a choice; returns the texts of what the bot says back. */
  async choose(choiceId: string): Promise<string[]> {
    const response = await fetch(`${this.baseUrl}/api/v1/conversations/${this.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ clientMessageId: `m${++this.serial}`, choiceId }),
    });
    if (response.status !== 200) throw new Error(`a message answered ${response.status}: ${await response.text()}`);
    return botTexts(((await response.json()) as { messages: ChatMessage[] }).messages);
  }
}

function botTexts(messages: ChatMessage[]): string[] {
  return messages.filter((message) => message.role === 'bot').map((message) => message.text);
}
