import { type IncomingMessage, Server } from "node:http";

/**
 * The header that carries the TCP peer's address to route handlers. Next 16's route handlers never see
 * the socket, and `next start` copies the socket's address into X-Forwarded-For only when the client
 * did not send one (`??=` in base-server), so a client can name any address it likes there. No
 * library or Next option exposes the peer address, hence this small hook: every request's header is
 * overwritten with the socket's own address before Next reads it, so a client cannot forge it.
 */
export const SOCKET_ADDRESS_HEADER = "x-hub-socket-address";

let installed = false;

/** Stamps each incoming request of this process's HTTP servers with its socket's remote address. */
export function installSocketAddressStamp() {
  if (installed) return;
  installed = true;
  const emit = Server.prototype.emit;
  // Patching the prototype reaches the server Next has already created; "request" is the only event
  // touched, and the header is set (never appended), so a client-sent copy is always replaced.
  Server.prototype.emit = function stampedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[SOCKET_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof Server.prototype.emit;
}
