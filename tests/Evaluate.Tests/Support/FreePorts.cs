using System.Net;
using System.Net.Sockets;

namespace Evaluate.Tests.Support;

/// <summary>A loopback port nothing listens on (taken and released at once): a dead endpoint for failure tests.</summary>
public static class FreePorts
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
