using System.Net;
using CoopSim.Orleans.Placement;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace CoopSim.Orleans.Hosting;

/// <summary>The one place a CoopSim silo or client is configured: its membership, its addresses, how fast it notices a lost silo.</summary>
internal static class SiloConfiguration
{
    public const string ServiceId = "coopsim";

    /// <summary>How long a silo or client waits for Redis before it says it cannot reach it.</summary>
    public static readonly TimeSpan RedisConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The largest message a silo or client takes, above Orleans' 100 MB: a block's saved fold of a large world is tens
    /// of megabytes (blocks aim under <see cref="Engine.OrleansEngineOptions.MaxBlockBytes"/>), and a message over the
    /// limit closes the connection it travels on, cutting short every call on it. Both ends must agree.
    /// </summary>
    public const int MaxMessageBytes = 512 << 20;

    public static void Apply(ISiloBuilder silo, SiloEndpoints endpoints)
    {
        if (endpoints.RedisEndpoint is { } redis)
        {
            silo.UseRedisClustering(o => o.ConfigurationOptions = RedisOptions(redis));
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (endpoints.ClusterId, ServiceId));
            // Redis restarted empty: write this silo's row again, so new clients find it (Orleans' table never would).
            silo.Services.AddSingleton(endpoints);
            silo.Services.AddHostedService<MembershipRowKeeper>();
        }
        else
        {
            silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort,
                new IPEndPoint(IPAddress.Loopback, endpoints.PrimarySiloPort), ServiceId, endpoints.ClusterId);
        }

        // Listen where we advertise: loopback keeps the silo off the network unless --advertise says otherwise.
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = endpoints.Advertise;
            o.SiloPort = endpoints.SiloPort;
            o.GatewayPort = endpoints.GatewayPort;
            o.SiloListeningEndpoint = new IPEndPoint(endpoints.Advertise, endpoints.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(endpoints.Advertise, endpoints.GatewayPort);
        });

        // A killed silo must cost seconds, not minutes: probe often and declare it dead after a few missed
        // probes, so the directory moves its grains and the calls waiting on it fail and are re-run.
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 3;
            o.NumVotesForDeathDeclaration = 1;
            // Two of three silos killed at once: the survivor, after missed direct probes, asks another silo to probe
            // for it, and picks the other dead one; that indirect probe's failure counts as no vote, so the pair was
            // declared dead only when their IAmAlive rows went stale (23-30 s), after clients had given up. With a
            // handful of silos an intermediary proves little: direct probes alone declare a killed silo in seconds.
            o.EnableIndirectProbes = false;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        });
        silo.Configure<SiloMessagingOptions>(o => o.MaxMessageBodySize = MaxMessageBytes);
        AddCoopSimGrains(silo);
    }

    /// <summary>What every silo that hosts CoopSim grains needs, a TestCluster's included.</summary>
    public static void AddCoopSimGrains(ISiloBuilder silo)
    {
        silo.AddPlacementDirector<SlotSpreadPlacement, SlotSpreadPlacementDirector>();
        silo.AddActivityPropagation();
    }

    public static void Apply(IClientBuilder client, ClusterAddress cluster)
    {
        if (cluster.RedisEndpoint is { } redis)
        {
            client.UseRedisClustering(o => o.ConfigurationOptions = RedisOptions(redis));
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, ServiceId));
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
        }
        else
        {
            client.UseLocalhostClustering([.. cluster.GatewayPorts], ServiceId, cluster.ClusterId);
        }

        client.Configure<ClientMessagingOptions>(o => o.MaxMessageBodySize = MaxMessageBytes);
        client.AddActivityPropagation();
    }

    private static ConfigurationOptions RedisOptions(string endpoint)
    {
        var options = ConfigurationOptions.Parse(endpoint);
        options.ConnectTimeout = (int)RedisConnectTimeout.TotalMilliseconds;
        options.AbortOnConnectFail = true;
        options.ConnectRetry = 1;
        return options;
    }
}
