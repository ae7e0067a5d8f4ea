using Portal.Application.Common.Access;
using Portal.Domain.Billing;
using Portal.Domain.Common;

namespace Portal.Application.UnitTests.Billing;

internal static class BillingSamples
{
    public static AccessContext Access { get; } = new("token-123", "user-1", "tenant-1");

    public static InvoiceSummary Invoice(string number, InvoiceStatus status = InvoiceStatus.Issued) =>
        new(
            new InvoiceNumber(number),
            status,
            new Money(12_100, "EUR"),
            new DateOnly(2026, 12, 1),
            new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
            status == InvoiceStatus.Overdue,
            new Money(status == InvoiceStatus.Paid ? 0 : 12_100, "EUR"));

    public static Invoice InvoiceWithLines(string number) =>
        new(
            Invoice(number),
            new Money(10_000, "EUR"),
            new Money(2_100, "EUR"),
            new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
            null,
            [new InvoiceLine("Hosting, November", 1m, new Money(10_000, "EUR"), 2_100, new Money(10_000, "EUR"))],
            new BillTo("Acme SRL", ["Str. Lunga 1", "Cluj"], "RO123"));
}
