/**
 * Customers and their personal data, for the console and the CLI. Everything PII is
 * encrypted at rest; lookups by phone/email go through the blind index. Erasure
 * removes the customer with every conversation, message and timer of theirs.
 */
import type { ViewerScope } from '../conversations/viewer-scope.js';
import type { CustomerInput, CustomerProfile } from './customer-protector.js';

export type { CustomerInput, CustomerProfile };

export interface CustomerService {
  /** Validates (KEFU_ERR_BAD_REQUEST with a pointer) and stores a new customer. */
  create(input: CustomerInput): Promise<CustomerProfile>;
  /** The decrypted customer, or null when missing or outside `scope` (default: all). */
  get(id: string, scope?: ViewerScope): Promise<CustomerProfile | null>;
  /** Ids of customers with this phone number (any formatting), oldest first. */
  findByPhone(phone: string): Promise<string[]>;
  /** Ids of customers with this email address (case-insensitive), oldest first. */
  findByEmail(email: string): Promise<string[]>;
  /**
   * Deletes the customer, their conversations, messages and timers in one
   * transaction, leaving no trace in any table (on SQLite the freed pages are
   * zeroed and the WAL truncated). Throws KEFU_ERR_NOT_FOUND for an unknown id.
   */
  erase(customerId: string): Promise<{ conversations: number; messages: number }>;
}
