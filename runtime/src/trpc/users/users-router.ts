import { router } from '../trpc.js';
import { createUser } from './create.js';
import { disableUser } from './disable.js';
import { enableUser } from './enable.js';
import { endSessions } from './end-sessions.js';
import { listUsers } from './list.js';
import { resetPassword } from './reset-password.js';
import { updateUser } from './update.js';

/** User management: `users.manage` (admins). */
export const usersRouter = router({
  list: listUsers,
  create: createUser,
  update: updateUser,
  disable: disableUser,
  enable: enableUser,
  resetPassword,
  endSessions,
});
