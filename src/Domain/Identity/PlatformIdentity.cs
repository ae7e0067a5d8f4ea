namespace Portal.Domain.Identity;

/// <summary>
/// Who acts for which customer on the Platform: the Platform's own integer ids, unrelated to HTPI's. An HTPI tenant has
/// one only when it is linked to a Platform customer and the user to a Platform user; without it there is nothing of
/// the Platform to show for that tenant.
/// </summary>
public sealed record PlatformIdentity(long UserId, long CustomerId);
