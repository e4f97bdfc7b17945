/**
 * A what-if request that cannot be carried out as asked (a malformed --vary, a metric that names
 * nothing, shard files that do not belong together). `userMessage` is what the CLI prints; the
 * stage itself knows nothing about exit codes.
 */
export class WhatIfError extends Error {
  readonly userMessage: string;

  constructor(message: string) {
    super(message);
    this.name = 'WhatIfError';
    this.userMessage = message;
  }
}
