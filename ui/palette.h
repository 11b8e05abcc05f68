// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QVector>

// One colour per quantity, shared by the charts and the results panel so that a term looks the
// same everywhere. Okabe–Ito colours: distinguishable with the common colour-vision deficiencies
// and on a washed-out projector.
namespace ts::ui::palette {

// clang-format off
inline QColor parameters() { return QColor(0x00, 0x72, 0xB2); }      // blue
inline QColor frozenWeights() { return QColor(0x8C, 0x9B, 0xAB); }   // slate: weights, not trained
inline QColor gradients() { return QColor(0x56, 0xB4, 0xE9); }       // sky blue
inline QColor optimizerStates() { return QColor(0x00, 0x9E, 0x73); } // bluish green
inline QColor attentionScores() { return QColor(0xD5, 0x5E, 0x00); } // vermillion
inline QColor blockOther() { return QColor(0xE6, 0x9F, 0x00); }      // orange
inline QColor head() { return QColor(0xCC, 0x79, 0xA7); }            // reddish purple
inline QColor activations() { return blockOther(); } // the sum, where it is shown as one term
inline QColor gpuLimit() { return QColor(0x20, 0x20, 0x20); }
inline QColor current() { return QColor(0x55, 0x55, 0x55); }
inline QColor largestFitting() { return QColor(0xB0, 0x00, 0x20); }
inline QColor trainingTime() { return QColor(0x33, 0x22, 0x88); } // indigo
inline QColor fits() { return QColor(0x1B, 0x7F, 0x3B); }
inline QColor doesNotFit() { return QColor(0xC6, 0x28, 0x28); }
inline QColor warning() { return QColor(0xB3, 0x26, 0x1E); }
inline QColor stale() { return QColor(0x80, 0x80, 0x80); } // the verdict while inputs are invalid
// The parts of a step's time (docs/formulas.md §8.10): computation in the time's indigo, the
// waits in the bands' hues, the bubble grey.
inline QColor recompute() { return QColor(0x88, 0x77, 0xCC); }
inline QColor bubble() { return QColor(0xA0, 0xA0, 0xA0); }
inline QColor tensorComm() { return QColor(0xD5, 0x5E, 0x00); }   // vermillion
inline QColor pipelineComm() { return QColor(0xE6, 0x9F, 0x00); } // orange
inline QColor contextComm() { return QColor(0xCC, 0x79, 0xA7); }  // reddish purple
inline QColor dataComm() { return QColor(0x56, 0xB4, 0xE9); }     // sky blue
inline QColor expertComm() { return QColor(0x6B, 0x4C, 0x2A); }   // umber
// The fit map's ramps: light to deep blue while the peak fits, light to deep red beyond the GPU,
// so the 100 % edge is a change of hue, not of shade; training time light yellow to deep blue.
inline QColor mapFitsLow() { return QColor(0xF7, 0xFB, 0xFF); }
inline QColor mapFitsMid() { return QColor(0x6B, 0xAE, 0xD6); }
inline QColor mapFitsHigh() { return QColor(0x08, 0x45, 0x94); }
inline QColor mapOverLow() { return QColor(0xFC, 0xAE, 0x91); }
inline QColor mapOverHigh() { return QColor(0x99, 0x00, 0x0D); }
inline QColor mapTimeLow() { return QColor(0xFF, 0xFF, 0xCC); }
inline QColor mapTimeMid() { return QColor(0x41, 0xB6, 0xC4); }
inline QColor mapTimeHigh() { return QColor(0x25, 0x34, 0x94); }
inline QColor mapNothing() { return QColor(0xBD, 0xBD, 0xBD); } // does not fit, or no figure


// Pinned configurations' ghost curves, by slot: hues away from the bands' and with a dash
// pattern each, so that a pin reads apart from the bands and from the other pins without colour.
inline QColor pin(int slot, bool dark)
{
    static const QColor light[] = { QColor(0x6A, 0x3D, 0x9A), QColor(0x1F, 0x78, 0x4A),
                                    QColor(0x8C, 0x51, 0x0A), QColor(0x30, 0x30, 0x30) };
    static const QColor onDark[] = { QColor(0xC2, 0xA5, 0xCF), QColor(0x8F, 0xD1, 0x9E),
                                     QColor(0xDF, 0xC2, 0x7D), QColor(0xD0, 0xD0, 0xD0) };
    return (dark ? onDark : light)[slot & 3];
}
// Dash patterns in pen widths: the first pin solid, the others long dashes (cheap to stroke).
inline QVector<qreal> pinDash(int slot)
{
    static const QVector<qreal> patterns[] = { {}, { 6, 3 }, { 6, 2, 1.5, 2 }, { 2.5, 2.5 } };
    return patterns[slot & 3];
}
// clang-format on

} // namespace ts::ui::palette
