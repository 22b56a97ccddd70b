package dev.redline.web;

/**
 * The one error shape of every API response: what went wrong and how to fix it. Never a stack
 * trace or a class name.
 */
public record ApiError(String error, String detail) {
}
