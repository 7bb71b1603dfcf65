#pragma once

#include <cstddef>

// The inner loops of a GLM pass over one block of rows of a column-major design (column j of the
// block at x + j * stride). Plain pointers, no Eigen: each is compiled for AVX2 with FMA and for
// plain x86-64, and the CPU picks one once at start-up (GCC's target_clones), so a package built
// for any x86-64 still uses the vector units the machine has.
namespace stormcrew::kernels {

// eta[i] = offset[i] (0 when offset is null) + sum over j of beta[j] * x[j][i].
void linearPredictor(const double *x, std::ptrdiff_t stride, std::ptrdiff_t rows,
                     std::ptrdiff_t cols, const double *beta, const double *offset, double *eta);

// lower += (w * X)' X, the lower triangle of a cols x cols column-major matrix, and for each of
// the vectorCount vectors v: products[v * cols + k] += x[k] . vectors[v]. weighted is scratch
// space of rows * cols doubles.
void accumulate(const double *x, std::ptrdiff_t stride, std::ptrdiff_t rows, std::ptrdiff_t cols,
                const double *w, const double *const *vectors, int vectorCount, double *weighted,
                double *lower, double *products);

} // namespace stormcrew::kernels
