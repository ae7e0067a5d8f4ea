using System.Runtime.ExceptionServices;
using MediatR;
using Portal.Application.Claims.Ports;
using Portal.Application.Common.Exceptions;
using Portal.Application.Patients.Ports;
using Portal.Domain.Claims;
using Portal.Domain.Patients;

namespace Portal.Application.Claims.Queries.GetClaim;

/// <summary>
/// Asks for the claim, and, when it was opened from a patient's page, for that patient and their claims at the same
/// time. The patient is named only when the claim is among theirs: a link naming another patient must not pin the claim
/// on them. HTPI services do not check tenants, so a claim that names no tenant of its own is shown only when the
/// tenant's list of that patient's claims holds it; otherwise it could be any practice's, and is not found.
/// </summary>
internal sealed class GetClaimQueryHandler(IClaimRegistry claims, IPatientRegistry patients) : IRequestHandler<GetClaimQuery, ClaimView>
{
    public async Task<ClaimView> Handle(GetClaimQuery request, CancellationToken cancellationToken)
    {
        var scope = request.Access.ToScope();
        var claim = claims.GetAsync(scope, new ClaimId(request.ClaimId), cancellationToken);
        if (request.PatientId is null)
        {
            var alone = await claim.ConfigureAwait(false);
            return alone.Tenant is null ? throw new NotFoundException("claim") : new ClaimView(alone, null);
        }

        var patientId = new PatientId(request.PatientId);
        var patient = Settle(patients.GetAsync(scope, patientId, cancellationToken));
        var patientsClaims = Settle(claims.ListForPatientAsync(scope, patientId, cancellationToken));
        await Task.WhenAll(claim, patient, patientsClaims).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var found = await claim.ConfigureAwait(false);
        var (named, patientFailure) = await patient.ConfigureAwait(false);
        var (theirs, listFailure) = await patientsClaims.ConfigureAwait(false);
        var vouched = named is not null && theirs is not null && theirs.Any(summary => summary.Id == found.Summary.Id);
        if (found.Tenant is null && !vouched)
        {
            // Nothing vouches for the claim. A check that could not be made is that failure, not "not found".
            cancellationToken.ThrowIfCancellationRequested();
            if (new[] { patientFailure, listFailure }.FirstOrDefault(failure => failure is not null and not NotFoundException) is { } unverified)
            {
                ExceptionDispatchInfo.Throw(unverified);
            }

            throw new NotFoundException("claim");
        }

        return new ClaimView(found, vouched ? named : null);
    }

    /// <summary>The answer, or the Portal failure it ended with: the patient's part of the page is optional.</summary>
    private static async Task<(T? Value, PortalException? Failure)> Settle<T>(Task<T> answer)
        where T : class
    {
        try
        {
            return (await answer.ConfigureAwait(false), null);
        }
        catch (PortalException failure)
        {
            return (null, failure);
        }
    }
}
