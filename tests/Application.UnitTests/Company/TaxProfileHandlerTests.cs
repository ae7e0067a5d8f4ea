using Portal.Application.Company.Commands.UpdateTaxProfile;
using Portal.Domain.Company;

namespace Portal.Application.UnitTests.Company;

/// <summary>The tax profile's save through the real pipeline, as far as the port.</summary>
public sealed class TaxProfileHandlerTests
{
    [Fact]
    public async Task A_flag_neither_stated_nor_chosen_reaches_the_port_unstated_and_the_texts_trimmed()
    {
        var pipeline = new TestPipeline();

        await pipeline.Mediator.Send(new UpdateTaxProfileCommand(CompanySamples.AccessAs("owner"), " RO18547328 ", "", " J40/1/2015 ", null, true));

        Assert.Equal(new TaxProfile("RO18547328", "", "J40/1/2015", null, true), pipeline.Company.LastTaxProfile);
    }
}
