/** Event: its host state through the state loader. */
import type { ApiContext } from '../../context';
import type { EventObject } from '../../records';

export const Event = {
  place: (e: EventObject, _: unknown, ctx: ApiContext) => (e.place ? ctx.loaders.state.load(e.place) : null),
};
