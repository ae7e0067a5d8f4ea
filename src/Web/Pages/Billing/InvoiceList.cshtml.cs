using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Billing.Queries.ListInvoices;
using Portal.Domain.Billing;
using Portal.Domain.Common;
using Portal.Web.Formatting;

namespace Portal.Web.Pages.Billing;

/// <summary>The customer's invoices, filtered by status, paged, sortable within the page, and downloadable as CSV.</summary>
public sealed class InvoiceListModel(PortalPageServices services) : ListPageModel<InvoiceSummary>(services)
{
    /// <summary>The most invoices one CSV holds: the first pages of the largest size the Platform serves.</summary>
    public const int MaxCsvPages = 10;

    private static readonly Dictionary<string, Func<InvoiceSummary, IComparable?>> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = i => i.Number.Value,
        ["due"] = i => BillingStatus.Owed(i)?.Cents,
        ["total"] = i => i.Total.Cents,
        ["created"] = i => i.CreatedAt,
        ["date"] = i => i.DueDate,
    };

    public string? Status => QueryValue("status");

    protected override string ListPath => Link("billing/invoices");

    protected override IReadOnlyDictionary<string, string?> Filters => new Dictionary<string, string?> { ["status"] = Status };

    protected override IReadOnlyDictionary<string, Func<InvoiceSummary, IComparable?>> SortKeys => Columns;

    /// <summary>The most invoices one CSV holds.</summary>
    public static int MaxCsvInvoices => MaxCsvPages * PageRequest.MaxSize;

    /// <summary>The CSV download of this filter's invoices.</summary>
    public string CsvUrl => Link("billing/invoices") + "?handler=csv" + (Status is null ? null : "&status=" + Uri.EscapeDataString(Status));

    public Task<IActionResult> OnGetAsync() => SignedInAsync(signIn =>
        ListAsync(page => Mediator.Send(new ListInvoicesQuery(AccessFor(signIn), Status, page, PageRequest.DefaultSize), Aborted)));

    public Task<IActionResult> OnGetCsvAsync() => SignedInAsync(async signIn =>
    {
        var invoices = new List<InvoiceSummary>();
        for (var page = 1; page <= MaxCsvPages; page++)
        {
            var answer = await Mediator.Send(new ListInvoicesQuery(AccessFor(signIn), Status, page, PageRequest.MaxSize), Aborted);
            invoices.AddRange(answer.Items);
            if (!answer.HasNext)
            {
                break;
            }
        }

        var rows = invoices.Select(i => new[]
        {
            i.Number.Value,
            BillingStatus.For(i, Today).Label,
            i.CreatedAt is { } created ? Display.IsoDate(DateOnly.FromDateTime(created.UtcDateTime)) : string.Empty,
            i.DueDate is { } due ? Display.IsoDate(due) : string.Empty,
            i.Total.CurrencyStated ? i.Total.Currency : string.Empty,
            Amount(i.Total),
            BillingStatus.Owed(i) is { } owed ? Amount(owed) : string.Empty,
        });
        var csv = Csv.Write(["Invoice", "Status", "Created", "Due", "Currency", "Total", "Amount due"], rows);
        return File(csv, Csv.ContentType, "invoices.csv");
    });

    // Plain numbers a spreadsheet reads whatever its locale: a point for decimals, no grouping.
    private static string Amount(Money money) => (money.Cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
