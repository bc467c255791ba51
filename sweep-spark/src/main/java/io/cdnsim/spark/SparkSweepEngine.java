package io.cdnsim.spark;

import io.cdnsim.sweep.SweepEngine;
import io.cdnsim.sweep.SweepRow;
import io.cdnsim.sweep.SweepRuns;
import io.cdnsim.sweep.SweepTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a sweep's tasks on Apache Spark: each point one job whose tasks are its replications, each task one run
 * ({@link SweepRuns#run}, the same code the local engine runs) carrying the point's scenario as text; the rows are
 * collected back to this process. Every point's job is submitted at once, so the cluster's cores stay busy; the rows
 * are told point by point, in point order, as each point's job finishes.
 */
public final class SparkSweepEngine implements SweepEngine {

    /** How often the runs in flight are looked up while a point's job runs, milliseconds. */
    private static final long POLL_MILLIS = 250;

    private final JavaSparkContext spark;

    /**
     * @param master  {@code local[N]}, {@code spark://host:7077}, {@code yarn}, {@code k8s://...}; null for what
     *                spark-submit set, or else {@code local[*]}
     * @param appName the job's name
     */
    SparkSweepEngine(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
    }

    @Override
    public void run(List<SweepTask> tasks, Listener listener) throws Exception {
        Map<Integer, List<SweepTask>> byPoint = new LinkedHashMap<>();
        for (SweepTask t : tasks) {
            byPoint.computeIfAbsent(t.point(), k -> new ArrayList<>()).add(t);
        }
        List<JavaFutureAction<List<SweepRow>>> jobs = new ArrayList<>();
        for (List<SweepTask> point : byPoint.values()) {
            jobs.add(spark.parallelize(point, point.size()).map(SweepRuns::run).collectAsync());
        }
        try {
            for (JavaFutureAction<List<SweepRow>> job : jobs) {
                for (SweepRow row : await(job, listener)) {
                    listener.finished(row);
                }
            }
            listener.running(0);
        } finally {
            for (JavaFutureAction<List<SweepRow>> job : jobs) {
                job.cancel(true);
            }
        }
    }

    private List<SweepRow> await(JavaFutureAction<List<SweepRow>> job, Listener listener) throws Exception {
        while (true) {
            try {
                return job.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                listener.running(inFlight());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                while (cause != null && cause.getCause() != null && !(cause instanceof IllegalStateException)) {
                    cause = cause.getCause();
                }
                throw cause instanceof Exception failure ? failure : e;
            }
        }
    }

    /** @return the tasks running now, over every active stage */
    private int inFlight() {
        int running = 0;
        for (int stage : spark.statusTracker().getActiveStageIds()) {
            SparkStageInfo info = spark.statusTracker().getStageInfo(stage);
            running += info == null ? 0 : info.numActiveTasks();
        }
        return running;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
