namespace Portal.Tests.Infrastructure;

/// <summary>The real clock plus an offset that a test moves forward, so time-based rules can be tried.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
