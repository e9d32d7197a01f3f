package fr.maillage.bench.measure;

import fr.maillage.bench.Args;

/**
 * How hard and how long every measurement drives: a fixed number of concurrent clients
 * (connections) over a few client threads, a warm-up that is thrown away, then the measured run.
 */
public record Load(int connections, int threads, int seconds, int warmupSeconds) {

    public static Load of(Args args) {
        return new Load(args.integer("connections", 8), args.integer("threads", 2), args.integer("duration", 20),
                args.integer("warmup", 10));
    }
}
