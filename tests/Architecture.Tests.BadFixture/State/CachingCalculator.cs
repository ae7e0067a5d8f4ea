using Microsoft.Extensions.Caching.Memory;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Creates a memory cache inside a method body only: the reference exists in IL, not in any signature.</summary>
public static class CachingCalculator
{
    public static int Square(int value)
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        return cache.GetOrCreate(value, _ => value * value);
    }
}
