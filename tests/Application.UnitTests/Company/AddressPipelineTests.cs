using Portal.Application.Addresses.Commands.AddAddress;
using Portal.Application.Addresses.Queries.GetAddress;
using Portal.Application.Common.Exceptions;
using Portal.Application.Company.Commands.UpdateCompanyDetails;
using Portal.Domain.Addresses;

namespace Portal.Application.UnitTests.Company;

/// <summary>What the handlers hand the ports: trimmed text, the default country, one address picked from the list.</summary>
public sealed class AddressPipelineTests
{
    private readonly TestPipeline pipeline = new();

    [Fact]
    public async Task A_new_address_is_sent_trimmed_with_the_default_country_when_none_is_given()
    {
        await pipeline.Mediator.Send(new AddAddressCommand(
            CompanySamples.AccessAs("owner"), " Depot ", " Str. Lungă 1 ", "", " Brașov ", "Brașov", "500058", " ", false, true));

        Assert.Equal(new AddressLines("Depot", "Str. Lungă 1", "", "Brașov", "Brașov", "500058", "Romania"), pipeline.AddressBook.LastLines);
        Assert.True(pipeline.AddressBook.Addresses.Single(a => a.Lines.Label == "Depot").IsBilling);
    }

    [Fact]
    public async Task Company_details_are_sent_trimmed()
    {
        await pipeline.Mediator.Send(new UpdateCompanyDetailsCommand(
            CompanySamples.AccessAs("billing"), " Lima ", "", " office@lima.example ", "", "", " Dentistry "));

        Assert.Equal(("Lima", "office@lima.example", "Dentistry"),
            (pipeline.Company.LastDetails!.Name, pipeline.Company.LastDetails.PrimaryEmail, pipeline.Company.LastDetails.Industry));
    }

    [Fact]
    public async Task One_address_is_picked_from_the_list_and_an_unknown_one_is_not_found()
    {
        var address = await pipeline.Mediator.Send(new GetAddressQuery(CompanySamples.AccessAs("viewer"), 12));

        Assert.Equal("Accounts", address.Lines.Label);
        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(new GetAddressQuery(CompanySamples.AccessAs("viewer"), 99)));
    }
}
