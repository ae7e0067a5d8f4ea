namespace Portal.Domain.Team;

/// <summary>What an invitation did: the new member's Platform user id, and whether the Platform e-mailed the set-password link.</summary>
public sealed record MemberInvitation(long UserId, bool InviteEmailSent);
