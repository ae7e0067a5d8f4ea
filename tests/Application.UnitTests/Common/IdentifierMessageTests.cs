using FluentValidation.Results;
using Portal.Application.Billing.Queries.GetInvoice;
using Portal.Application.Billing.Queries.GetInvoicePdf;
using Portal.Application.Billing.Queries.GetProforma;
using Portal.Application.Patients.Queries.GetPatient;
using Portal.Application.Services.Queries.GetService;
using Portal.Application.Services.Queries.GetServiceUsage;
using Portal.Application.Tickets.Commands.ReplyToTicket;
using Portal.Application.Tickets.Queries.GetTicket;

namespace Portal.Application.UnitTests.Common;

/// <summary>How a malformed identifier is reported: under the name a validator gives it ("Ticket id"), else under its property name.</summary>
public sealed class IdentifierMessageTests
{
    private const string Malformed = "id/1";

    public static TheoryData<string, string> NamedIdentifiers => new()
    {
        { nameof(GetInvoiceQuery), "Invoice number" },
        { nameof(GetInvoicePdfQuery), "Invoice number" },
        { nameof(GetProformaQuery), "Proforma number" },
        { nameof(GetServiceQuery), "Service id" },
        { nameof(GetServiceUsageQuery), "Service id" },
        { nameof(GetTicketQuery), "Ticket id" },
        { nameof(ReplyToTicketCommand), "Ticket id" },
    };

    [Theory]
    [MemberData(nameof(NamedIdentifiers))]
    public void A_malformed_identifier_is_refused_under_its_name(string request, string subject)
    {
        var error = Assert.Single(ErrorsFor(request));

        Assert.Equal($"{subject} must be 1 to 64 letters, digits, '-' or '_'.", error.ErrorMessage);
    }

    [Fact]
    public void A_malformed_identifier_without_a_name_is_refused_under_its_property_name()
    {
        var error = Assert.Single(new GetPatientQueryValidator().Validate(new GetPatientQuery(Samples.Access, Malformed)).Errors);

        Assert.Equal("'Patient Id' must be 1 to 64 letters, digits, '-' or '_'.", error.ErrorMessage);
    }

    private static List<ValidationFailure> ErrorsFor(string request) => request switch
    {
        nameof(GetInvoiceQuery) => new GetInvoiceQueryValidator().Validate(new GetInvoiceQuery(Samples.Access, Malformed)).Errors,
        nameof(GetInvoicePdfQuery) => new GetInvoicePdfQueryValidator().Validate(new GetInvoicePdfQuery(Samples.Access, Malformed)).Errors,
        nameof(GetProformaQuery) => new GetProformaQueryValidator().Validate(new GetProformaQuery(Samples.Access, Malformed)).Errors,
        nameof(GetServiceQuery) => new GetServiceQueryValidator().Validate(new GetServiceQuery(Samples.Access, Malformed)).Errors,
        nameof(GetServiceUsageQuery) => new GetServiceUsageQueryValidator().Validate(new GetServiceUsageQuery(Samples.Access, Malformed, "7d")).Errors,
        nameof(GetTicketQuery) => new GetTicketQueryValidator().Validate(new GetTicketQuery(Samples.Access, Malformed)).Errors,
        nameof(ReplyToTicketCommand) => new ReplyToTicketCommandValidator().Validate(new ReplyToTicketCommand(Samples.Access, Malformed, "ok")).Errors,
        _ => throw new ArgumentOutOfRangeException(nameof(request), request, "No validator for this request."),
    };
}
