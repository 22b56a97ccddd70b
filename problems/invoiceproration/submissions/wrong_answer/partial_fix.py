"""WRONG (partial fix): fixes the rounding and the last-day off-by-one, but still skips an
element after deleting one, and still charges tax on the amount before the discount.

Prorated subscription invoices.

Reads the plan catalogue and the month's subscription changes of each customer from
standard input and prints one invoice per customer. Amounts are integer cents.
"""
import sys
from dataclasses import dataclass


@dataclass
class Change:
    day: int
    plan: str
    seats: int


def cents(numerator, denominator):
    """numerator / denominator to the nearest cent, halves rounded up (both non-negative)."""
    return (2 * numerator + denominator) // (2 * denominator)


def remove_superseded_changes(changes):
    """Drop every change superseded by a later change on the same day (the last one wins)."""
    i = 0
    while i + 1 < len(changes):
        if changes[i].day == changes[i + 1].day:
            del changes[i]
        i += 1


def invoice_lines(changes, prices, period_days):
    """One (plan, seats, days, amount) per change in effect with at least one seat."""
    lines = []
    for i, change in enumerate(changes):
        end = changes[i + 1].day if i + 1 < len(changes) else period_days + 1
        days = end - change.day
        if change.seats > 0:
            amount = cents(prices[change.plan] * change.seats * days, period_days)
            lines.append((change.plan, change.seats, days, amount))
    return lines


def render_invoice(customer, lines, coupon_percent, tax_basis_points):
    subtotal = sum(line[3] for line in lines)
    discount = cents(subtotal * coupon_percent, 100)
    tax = cents(subtotal * tax_basis_points, 10_000)
    total = subtotal - discount + tax
    out = [f"INVOICE {customer}"]
    out += [f"{plan} {seats} {days} {amount}" for plan, seats, days, amount in lines]
    out += [f"SUBTOTAL {subtotal}", f"DISCOUNT {discount}", f"TAX {tax}", f"TOTAL {total}"]
    return out


def main():
    tokens = iter(sys.stdin.read().split())
    prices = {}
    for _ in range(int(next(tokens))):
        plan = next(tokens)
        prices[plan] = int(next(tokens))

    out = []
    for _ in range(int(next(tokens))):
        customer = next(tokens)
        period_days, num_changes = int(next(tokens)), int(next(tokens))
        coupon_percent, tax_basis_points = int(next(tokens)), int(next(tokens))
        changes = [Change(int(next(tokens)), next(tokens), int(next(tokens))) for _ in range(num_changes)]
        remove_superseded_changes(changes)
        lines = invoice_lines(changes, prices, period_days)
        out += render_invoice(customer, lines, coupon_percent, tax_basis_points)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
