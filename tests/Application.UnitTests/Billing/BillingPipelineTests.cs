using MediatR;
using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Billing.Queries.ListInvoices;
using Portal.Application.Common.Exceptions;
using Portal.Testing.Fakes;
using Portal.Domain.Billing;

namespace Portal.Application.UnitTests.Billing;

/// <summary>Billing requests sent through the real MediatR pipeline: validation, tenant access, handler, fake Ledger.</summary>
public sealed class BillingPipelineTests
{
    private readonly TestPipeline pipeline = new();

    private FakeBillingLedger Ledger => pipeline.Billing;

    private FakeTenantDirectory Tenants => pipeline.Tenants;

    [Fact]
    public async Task A_bad_status_filter_is_a_validation_error_naming_the_status()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new ListInvoicesQuery(BillingSamples.Access, "bogus")));

        Assert.Equal([nameof(ListInvoicesQuery.Status)], error.Errors.Keys);
        Assert.Null(Ledger.LastScope);
    }

    [Fact]
    public async Task Several_bad_inputs_are_reported_together()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Send(new ListInvoicesQuery(BillingSamples.Access, "bogus", 0, 500)));

        Assert.Equal(
            [nameof(ListInvoicesQuery.Page), nameof(ListInvoicesQuery.PageSize), nameof(ListInvoicesQuery.Status)],
            error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_good_request_reaches_the_ledger_after_the_tenant_check()
    {
        Ledger.Add(BillingSamples.Invoice("INV-1", InvoiceStatus.Overdue));
        Ledger.Add(BillingSamples.Invoice("INV-2", InvoiceStatus.Paid));

        var page = await Send(new ListInvoicesQuery(BillingSamples.Access, "Overdue"));

        Assert.Equal("INV-1", Assert.Single(page.Items).Number.Value);
        Assert.Equal([BillingSamples.Access.ToScope()], Tenants.AccessChecks);
    }

    [Fact]
    public async Task A_tenant_the_caller_may_not_see_is_not_found()
    {
        Tenants.AccessAnswer = _ => Task.FromResult(false);
        Ledger.Add(BillingSamples.Invoice("INV-1"));

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Send(new ListInvoicesQuery(BillingSamples.Access, null)));

        Assert.Equal("tenant", error.What);
    }

    [Fact]
    public async Task An_unknown_invoice_pdf_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Send(new GetInvoicePdfQuery(BillingSamples.Access, "INV-9")));
    }

    private Task<TResponse> Send<TResponse>(IRequest<TResponse> request) => pipeline.Mediator.Send(request);
}
