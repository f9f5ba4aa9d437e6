/**
 * Turns a customer's personal data into what the database stores: every field
 * encrypted (AES-256-GCM, FieldCipher) and phone/email also as keyed blind indexes for
 * lookup. The one place that knows which columns hold PII, both ways.
 */
import { BlindIndex } from '../crypto/blind-index.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { normaliseEmail, normalisePhone } from './contact-fields.js';

export interface CustomerInput {
  externalId?: string;
  name?: string;
  phone?: string;
  email?: string;
  /** Free-text profile fields (notes, address, …); stored as one encrypted JSON object. */
  profile?: Record<string, string>;
}

/** The stored columns of a customer's PII; null where nothing was given. */
export interface ProtectedCustomerFields {
  nameEncrypted: string | null;
  phoneEncrypted: string | null;
  emailEncrypted: string | null;
  profileEncrypted: string | null;
  phoneIndex: string | null;
  emailIndex: string | null;
}

export interface StoredCustomerFields extends ProtectedCustomerFields {
  id: string;
  externalId: string | null;
  createdAt: Date;
}

export interface CustomerProfile {
  id: string;
  externalId: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  profile: Record<string, string>;
  /** ISO-8601 UTC. */
  createdAt: string;
}

export class CustomerProtector {
  readonly #cipher: FieldCipher;
  readonly #index: BlindIndex;

  constructor(cipher: FieldCipher, secret: Buffer) {
    this.#cipher = cipher;
    this.#index = new BlindIndex(secret);
  }

  /** Validates and protects; throws KEFU_ERR_BAD_REQUEST with a pointer under `basePath`. */
  protect(input: CustomerInput, basePath = ''): ProtectedCustomerFields {
    const phone = input.phone === undefined ? null : normalisePhone(input.phone, `${basePath}/phone`);
    const email = input.email === undefined ? null : normaliseEmail(input.email, `${basePath}/email`);
    const profile = input.profile && Object.keys(input.profile).length > 0 ? JSON.stringify(input.profile) : null;
    return {
      nameEncrypted: this.#encrypt(input.name ?? null),
      phoneEncrypted: this.#encrypt(phone),
      emailEncrypted: this.#encrypt(email),
      profileEncrypted: this.#encrypt(profile),
      phoneIndex: phone === null ? null : this.#index.of('phone', phone),
      emailIndex: email === null ? null : this.#index.of('email', email),
    };
  }

  phoneIndex(phone: string): string {
    return this.#index.of('phone', normalisePhone(phone));
  }

  emailIndex(email: string): string {
    return this.#index.of('email', normaliseEmail(email));
  }

  reveal(stored: StoredCustomerFields): CustomerProfile {
    const profileText = this.#decrypt(stored.profileEncrypted);
    return {
      id: stored.id,
      externalId: stored.externalId,
      name: this.#decrypt(stored.nameEncrypted),
      phone: this.#decrypt(stored.phoneEncrypted),
      email: this.#decrypt(stored.emailEncrypted),
      profile: profileText === null ? {} : (JSON.parse(profileText) as Record<string, string>),
      createdAt: stored.createdAt.toISOString(),
    };
  }

  #encrypt(value: string | null): string | null {
    return value === null ? null : this.#cipher.encrypt(value);
  }

  #decrypt(value: string | null): string | null {
    return value === null ? null : this.#cipher.decrypt(value);
  }
}
