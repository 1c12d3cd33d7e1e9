/** Events per quotes file (events/<n>.json): an event's chunk is its index position / CHUNK. */
export const CHUNK = 200;
