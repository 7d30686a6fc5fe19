package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.casefile.CaseFiles;
import org.entente.model.Case;
import org.entente.reference.CountryTable;
import org.entente.scenarios.DriverNetwork;
import org.entente.scenarios.ScenarioModel;
import org.entente.scenarios.Simulation;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the scenario model on the built-in Iran-Russia case: a Monte Carlo of
 * {@link #RUNS} runs to the 2035 horizon, and an exact posterior update on four signposts over
 * every joint driver state. {@link #main} with {@code --export FILE} writes the same model's
 * inputs as JSON for the numpy reference in {@code bench/scenarios_numpy.py}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScenarioBench {

    /** Runs per simulation benchmark call. */
    public static final int RUNS = 100_000;

    private Simulation simulation;
    private DriverNetwork network;
    private double[] prior;
    private Case irr;
    private Map<String, Boolean> observed;

    /** Loads the case and prepares the model once. */
    @Setup
    public void prepare() {
        ScenarioModel.Prepared p = prepared();
        simulation = p.simulation();
        network = p.network();
        prior = network.prior();
        observed = Map.of("sp-unsc-abstention-on-iran", true, "sp-russian-arms-under-attack", false,
                "sp-us-iran-talks-new-leader", true, "sp-joint-naval-drill", true);
    }

    static ScenarioModel.Prepared prepared() {
        String cases = System.getProperty("entente.cases", "cases");
        Case c = new CaseFiles(CountryTable.bundled()).read(Path.of(cases, "iran-russia", "case.yaml"));
        Assessment today = new Assessor(SpectrumConfig.defaults(), null).assess(c, null, null, c.asOf().end());
        return new ScenarioModel(SpectrumConfig.defaults()).prepare(c, today, 2035);
    }

    /**
     * @return the result, so JMH keeps the work
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Simulation.Result simulate() {
        return simulation.run(prior, RUNS, 42);
    }

    /**
     * @return the posterior, so JMH keeps the work
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] posteriorUpdate() {
        if (irr == null) {
            irr = new CaseFiles(CountryTable.bundled()).read(Path.of(System.getProperty("entente.cases", "cases"),
                    "iran-russia", "case.yaml"));
        }
        return network.observe(prior, observed, irr.outlook().orElseThrow().signposts());
    }

    /**
     * Writes the model's inputs for the numpy reference.
     *
     * @param args {@code --export FILE}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].equals("--export")) {
            System.err.println("usage: ScenarioBench --export FILE");
            return;
        }
        ScenarioModel.Prepared p = prepared();
        Simulation.Setup s = p.setup();
        int vars = p.network().variables().size();
        int[][] states = new int[p.network().jointStates()][vars];
        for (int j = 0; j < states.length; j++) {
            for (int v = 0; v < vars; v++) {
                states[j][v] = p.network().state(j, v);
            }
        }
        StringBuilder json = new StringBuilder("{");
        json.append("\"start\":").append(Arrays.toString(s.start()).replace("NaN", "null")).append(',');
        json.append("\"supported\":").append(Arrays.toString(s.supported())).append(',');
        json.append("\"defence\":").append(s.defence()).append(',');
        json.append("\"effects\":").append(Arrays.deepToString(s.effects())).append(',');
        json.append("\"weights\":").append(Arrays.toString(s.weights())).append(',');
        json.append(String.format(Locale.ROOT, "\"share\":%s,\"breadthAt\":%s,\"floor\":%s,\"inertia\":%s,\"shock\":%s,\"years\":%d,"
                + "\"onsetYears\":%d,", s.share(), s.breadthAt(), s.floor(), s.inertia(), s.shock(), s.years(), s.onsetYears()));
        json.append("\"joint\":").append(Arrays.toString(p.network().prior())).append(',');
        json.append("\"jointStates\":").append(Arrays.deepToString(states)).append(',');
        SpectrumConfig c = SpectrumConfig.defaults();
        json.append("\"bands\":{");
        List<String> keys = List.of("adversarial_below", "alliance_commitment", "alliance_overall", "alignment_overall",
                "alignment_breadth", "alignment_commitment", "alignment_hedging_max", "st_overall", "st_breadth");
        for (int i = 0; i < keys.size(); i++) {
            json.append('"').append(keys.get(i)).append("\":").append(c.get("bands." + keys.get(i)))
                    .append(i < keys.size() - 1 ? "," : "");
        }
        json.append("}}");
        Files.writeString(Path.of(args[1]), json.toString());
        Simulation.Result r = p.simulation().run(p.network().prior(), RUNS, 42);
        int last = s.years() - 1;
        System.out.printf(Locale.ROOT, "wrote %s; Java last-year bands %s%n", args[1], Arrays.stream(
                org.entente.model.Band.values()).map(b -> String.format(Locale.ROOT, "%.3f", r.probability(last, b))).toList());
    }
}
