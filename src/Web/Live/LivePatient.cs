namespace Portal.Web.Live;

public sealed record LivePatient(string Id, string Number, string Name, LiveTime? DateOfBirth, string Phone, string Email);
