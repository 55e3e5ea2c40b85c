package ayni.stats.abc;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The perturbation kernel: a multivariate normal centred on a particle with twice the weighted covariance of the
 * previous population (Beaumont et al. 2009), on the internal scale. A dimension in which every particle agrees gets
 * a tiny ridge (a millionth of its prior range, squared) so the covariance stays invertible.
 */
final class Kernel {
    private final double[][] lower;
    private final double[][] inverse;
    private final double logNorm;
    private final int d;

    Kernel(Population previous, double[] ranges) {
        double[][] c = previous.covariance();
        d = c.length;
        double ridge = 0;
        CholeskyDecomposition chol = null;
        for (int attempt = 0; chol == null; attempt++) {
            RealMatrix m = new Array2DRowRealMatrix(d, d);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) m.setEntry(a, b, 2 * c[a][b] + (a == b ? ridge * ranges[a] * ranges[a] : 0));
            }
            try {
                chol = new CholeskyDecomposition(m, 1e-12, 1e-14);
            } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
                ridge = ridge == 0 ? 1e-12 : ridge * 100;
                if (attempt > 10) throw new IllegalStateException("the kernel covariance cannot be made positive definite");
            }
        }
        lower = chol.getL().getData();
        inverse = chol.getSolver().getInverse().getData();
        logNorm = -0.5 * (d * Math.log(2 * Math.PI) + Math.log(chol.getDeterminant()));
    }

    /** A draw around {@code centre}. */
    double[] perturb(double[] centre, RandomGenerator rng) {
        double[] n = new double[d];
        for (int a = 0; a < d; a++) n[a] = rng.nextGaussian();
        double[] out = centre.clone();
        for (int a = 0; a < d; a++) for (int b = 0; b <= a; b++) out[a] += lower[a][b] * n[b];
        return out;
    }

    /** The kernel's density at x around centre. */
    double density(double[] x, double[] centre) {
        double q = 0;
        for (int a = 0; a < d; a++) {
            double ra = x[a] - centre[a];
            for (int b = 0; b < d; b++) q += ra * inverse[a][b] * (x[b] - centre[b]);
        }
        return Math.exp(logNorm - 0.5 * q);
    }
}
