namespace Portal.Tests.Infrastructure;

/// <summary>For what happens in the background (a scheduled job, a dispatcher, an SMTP server): read until it is done.</summary>
public static class Eventually
{
    /// <summary>
    /// Reads again every <paramref name="everyMilliseconds"/> until <paramref name="done"/> or the time is up, and returns
    /// the last value read: the caller asserts on it, so a timeout fails with what was actually there.
    /// </summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 30, int everyMilliseconds = 250)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(everyMilliseconds);
        }
    }
}
