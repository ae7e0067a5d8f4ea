namespace Portal.Cluster.Tests.Load;

/// <summary>A patient the load submitted through the form; <see cref="Answer"/> is where Portal redirected, or its error.</summary>
internal sealed record NewPatient(string LastName, string Email, bool Created = false, string? Answer = null);
