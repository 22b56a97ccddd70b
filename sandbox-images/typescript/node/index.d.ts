// The few Node.js globals a judged program needs (stdin, stdout, modules). Bookworm packages no
// @types/node; everything here is typed loosely, as an untyped require would be.
declare var process: any;
declare var console: any;
declare var Buffer: any;
declare function require(module: string): any;
declare var module: any;
declare var exports: any;
