import { describe, expect, it } from 'vitest';
import type { KefuEvent } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';

const message = (conversationId: string): KefuEvent => ({ type: 'conversation.ended', conversationId, reason: 'test' });

describe('InProcessEventBus', () => {
  it('has listeners for a conversation while someone subscribes to it or to everything', () => {
    const bus = new InProcessEventBus();
    expect(bus.hasListeners('c1')).toBe(false);
    const seen: KefuEvent[] = [];
    const stop = bus.subscribeConversation('c1', (event) => seen.push(event));
    expect(bus.hasListeners('c1')).toBe(true);
    expect(bus.hasListeners('c2')).toBe(false);
    bus.publish(message('c1'));
    bus.publish(message('c2'));
    expect(seen).toEqual([message('c1')]);
    stop();
    expect(bus.hasListeners('c1')).toBe(false);
    const stopAll = bus.subscribeAll((event) => seen.push(event));
    expect(bus.hasListeners('c2')).toBe(true);
    stopAll();
    expect(bus.hasListeners('c2')).toBe(false);
  });

  it('keeps delivering when a handler throws', () => {
    const errors: unknown[] = [];
    const bus = new InProcessEventBus((error) => errors.push(error));
    const seen: string[] = [];
    bus.subscribeAll(() => {
      throw new Error('broken handler');
    });
    bus.subscribeAll((event) => seen.push(event.type));
    bus.publish(message('c1'));
    expect(seen).toEqual(['conversation.ended']);
    expect(errors).toHaveLength(1);
  });
});
