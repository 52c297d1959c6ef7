global using Microsoft.Extensions.DependencyInjection;
global using Orleans;
global using Orleans.Hosting;
