import type { Locator, Page } from 'playwright-core';

/** The console's sign-in screens: first-run setup, login, and the forced password change. */
export class LoginPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.username.waitFor();
  }

  get username(): Locator {
    return this.page.getByTestId('login-username');
  }

  get error(): Locator {
    return this.page.getByTestId('login-error');
  }

  /** Fills the login form and submits; does not wait for the outcome. */
  async submit(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
  }

  /** Signs in and waits until the console shows the user's name in the header. */
  async signIn(username: string, password: string): Promise<void> {
    await this.goto();
    await this.submit(username, password);
    await this.page.getByTestId('nav-account').waitFor();
  }

  /** First run: creates the first admin on the setup page (which also signs them in). */
  async setUp(username: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.page.getByTestId('setup-username').fill(username);
    await this.page.getByTestId('setup-password').fill(password);
    await this.page.getByTestId('setup-password-confirm').fill(password);
    await this.page.getByTestId('setup-submit').click();
    await this.page.getByTestId('nav-account').waitFor();
  }

  /** The forced password change after signing in with a temporary password. */
  async changePassword(current: string, next: string): Promise<void> {
    await this.page.getByTestId('password-current').fill(current);
    await this.page.getByTestId('password-new').fill(next);
    await this.page.getByTestId('password-confirm').fill(next);
    await this.page.getByTestId('password-submit').click();
  }
}
