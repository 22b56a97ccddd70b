// A type error is a compile error, not a program that runs anyway.
const n: number = "not a number";
console.log(n);
