/**
 * The physical limit of this design, for `npm run bench:turns`: a bare Fastify handler that
 * does one transactional insert-and-reply per turn on better-sqlite3 (WAL), with no engine,
 * no validation beyond JSON parsing and no idempotency check. Started as a child process.
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 0);
const dbPath = process.argv[3] ?? ':memory:';

const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(`CREATE TABLE IF NOT EXISTS messages (
  id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL,
  role TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL)`);
const insert = db.prepare('INSERT INTO messages (conversation_id, seq, role, body, created_at) VALUES (?, ?, ?, ?, ?)');
const turn = db.transaction((conversationId: string, text: string) => {
  const now = new Date().toISOString();
  insert.run(conversationId, 0, 'customer', JSON.stringify({ text }), now);
  insert.run(conversationId, 0, 'bot', JSON.stringify({ text: `You said: ${text}` }), now);
  return { text: `You said: ${text}` };
});

const server = Fastify({ logger: false });
server.post<{ Params: { id: string }; Body: { text: string } }>('/turn/:id', async (request) => {
  const reply = turn(request.params.id, request.body.text);
  return { messages: [reply], status: 'active' };
});
await server.listen({ port, host: '127.0.0.1' });
const address = server.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : port })}\n`);
