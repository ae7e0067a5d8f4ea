using MediatR;
using Portal.Application.Addresses.Commands.AddAddress;
using Portal.Application.Addresses.Commands.DeleteAddress;
using Portal.Application.Addresses.Commands.SetBillingAddress;
using Portal.Application.Addresses.Commands.SetPrimaryAddress;
using Portal.Application.Addresses.Commands.UpdateAddress;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Company.Commands.UpdateCompanyDetails;
using Portal.Application.Company.Commands.UpdateTaxProfile;

namespace Portal.Application.UnitTests.Company;

/// <summary>
/// Each company and address command through the real pipeline, for every role the Platform knows, none and an unknown
/// one: the port hears of it exactly when the command's row allows the role, and otherwise nothing is sent.
/// </summary>
public sealed class CompanyRolePipelineTests
{
    private static readonly string?[] Roles = ["owner", "billing", "tech", "viewer", null, "unknown"];

    private static readonly Dictionary<string, (Func<AccessContext, IRequest<Unit>> Command, string[] Allowed)> Commands = new()
    {
        ["details"] = (access => new UpdateCompanyDetailsCommand(access, "Lima Dental", "Lima Dental SRL", "office@lima.example", "+40212223344", "https://lima.example", "Dentistry"), ["owner", "billing"]),
        ["tax"] = (access => new UpdateTaxProfileCommand(access, "RO18547328", "RO18547328", "J40/1/2015", true, false), ["owner", "billing"]),
        ["add"] = (access => new AddAddressCommand(access, "Depot", "Str. Lungă 1", "", "Brașov", "Brașov", "500058", "Romania", false, false), ["owner"]),
        ["update"] = (access => new UpdateAddressCommand(access, 11, "Head office", "Str. Memorandumului 30", "", "Cluj-Napoca", "Cluj", "400114", "Romania"), ["owner"]),
        ["delete"] = (access => new DeleteAddressCommand(access, 13), ["owner"]),
        ["primary"] = (access => new SetPrimaryAddressCommand(access, 12), ["owner"]),
        ["billing"] = (access => new SetBillingAddressCommand(access, 11), ["owner"]),
    };

    public static TheoryData<string, string?> CommandsAndRoles()
    {
        var data = new TheoryData<string, string?>();
        foreach (var command in Commands.Keys)
        {
            foreach (var role in Roles)
            {
                data.Add(command, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsAndRoles))]
    public async Task A_command_reaches_its_port_exactly_when_its_row_allows_the_role(string name, string? role)
    {
        var pipeline = new TestPipeline();
        pipeline.AddressBook.Add(new(13, new("Depot", "Str. Lungă 1", "", "Brașov", "Brașov", "500058", "Romania"), false, false, true));
        var (command, allowed) = Commands[name];

        var send = () => pipeline.Mediator.Send(command(CompanySamples.AccessAs(role)));

        if (allowed.Contains(role))
        {
            await send();
            Assert.Equal(1, pipeline.Company.Calls + pipeline.AddressBook.Calls);
        }
        else
        {
            var refused = await Assert.ThrowsAsync<ActionNotPermittedException>(send);
            Assert.Contains(role is null ? "could not confirm your role" : string.Join(" or ", allowed), refused.Message, StringComparison.Ordinal);
            Assert.Equal(0, pipeline.Company.Calls + pipeline.AddressBook.Calls);
        }
    }

    [Fact]
    public async Task A_refusal_names_the_role_and_the_roles_that_may()
    {
        var pipeline = new TestPipeline();

        var refused = await Assert.ThrowsAsync<ActionNotPermittedException>(
            () => pipeline.Mediator.Send(Commands["tax"].Command(CompanySamples.AccessAs("viewer"))));

        Assert.Equal("Your role (viewer) does not allow you to change the tax profile; the owner or billing role does.", refused.Message);
    }

    [Fact]
    public async Task A_command_in_a_tenant_the_caller_may_not_see_is_not_found_before_the_role_is_judged()
    {
        var pipeline = new TestPipeline();
        pipeline.Tenants.AccessAnswer = _ => Task.FromResult(false);

        await Assert.ThrowsAsync<NotFoundException>(() => pipeline.Mediator.Send(Commands["add"].Command(CompanySamples.AccessAs("viewer"))));
        Assert.Equal(0, pipeline.AddressBook.Calls);
    }
}
