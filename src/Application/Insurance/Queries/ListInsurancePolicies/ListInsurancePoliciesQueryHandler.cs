using MediatR;
using Portal.Application.Insurance.Ports;
using Portal.Domain.Insurance;
using Portal.Domain.Patients;

namespace Portal.Application.Insurance.Queries.ListInsurancePolicies;

internal sealed class ListInsurancePoliciesQueryHandler(IInsurancePolicyRegistry policies)
    : IRequestHandler<ListInsurancePoliciesQuery, IReadOnlyList<InsurancePolicy>>
{
    public Task<IReadOnlyList<InsurancePolicy>> Handle(ListInsurancePoliciesQuery request, CancellationToken cancellationToken) =>
        policies.ListForPatientAsync(request.Access.ToScope(), new PatientId(request.PatientId), cancellationToken);
}
