/**
 * The string formats config schemas may use. Kept small and dependency-free
 * (schemas depends on ajv only); an unknown format is a schema error, never ignored.
 */
const isValidRegex = (source: string): boolean => {
  try {
    // Constructing a RegExp only compiles the pattern; it does not run code.
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};

const isValidUri = (value: string): boolean => {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

const isValidDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  email: (value) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value),
  uri: isValidUri,
  date: isValidDate,
  time: (value) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/i.test(value),
  'date-time': (value) => {
    const [date, time] = value.split(/[Tt ]/);
    return date !== undefined && time !== undefined && isValidDate(date) && FORMATS.time?.(time) === true;
  },
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  hostname: (value) => value.length <= 253 && /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*$/.test(value),
  regex: isValidRegex,
};
