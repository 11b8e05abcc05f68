// SPDX-FileCopyrightText: 2026 TrainScope contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presetstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QWidget>

#include <qcustomplot.h>

// Every text a user can see in a window (labels, buttons, group titles, tabs, combo items,
// tooltips, menus and their actions, tables, the working, the charts' titles, axes, legends and
// marks), and which of them still hold English words.
namespace visibletext {

// Words that stay as they are in every language: symbols and units, proper names (people,
// papers, programs, file and option names), and the formulas' symbols ("tokens · epochs").
// A word with a digit or an underscore is a symbol too (fp32, W_Q, d_ff), and so is a single
// letter; the presets' names and sources are data, not the window's words.
inline QSet<QString> untranslatable()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        // clang-format off
        const char *fixed[] = {
            // Units and abbreviations.
            "GiB", "GB", "MiB", "MB", "TB", "PiB", "TiB", "KiB", "kB", "FLOP", "FLOPs", "kFLOP",
            "MFLOP", "GFLOP", "TFLOP", "PFLOP", "EFLOP", "TFLOPs", "ms", "px", "Ctrl", "Shift",
            // Products of symbols in the formulas: 32Ld, 8cd, 4Lc(20d + hc).
            "Ld", "dv", "Lc", "hc", "cd", "cv", "bc", "QKᵀ", "Kᵀ", "Bᵀ", "Aᵀ", "dY", "dA", "dB",
            "GPU", "GPUs", "CPU", "FFN", "LM", "MFU", "PCIe", "CUDA", "JSON", "PNG", "SVG", "PDF",
            "id", "bool", "int", "float", "logits", "softmax", "mask", "rms", "div", "sqrt",
            "mean", "pow", "bmm", "step", "state", "targets", "total_weight", "bit", "Logits",
            // Loanwords Chinese ML courses keep as they are.
            "token", "Token", "Dropout", "dropout", "RMS",
            // A language menu names each language in itself.
            "English",
            // Programs, methods and people.
            "TrainScope", "Qt", "QCustomPlot", "Emanuel", "Eichhammer", "GNU", "GPL", "Copyright",
            "contributors", "PyTorch", "eager", "autograd", "torch", "autocast", "utils",
            "checkpoint", "GradScaler", "AMP", "Megatron", "DeepSpeed", "ZeRO", "Offload",
            "Infinity", "Transformer", "Engine", "FlashAttention", "SwiGLU", "GELU", "SiLU",
            "RMSNorm", "LayerNorm", "LoRA", "QLoRA", "NF4", "AdamW", "Adam", "SGD", "PEFT",
            "LLaMA", "Qwen", "GPT", "NeoX", "Pythia", "PaLM", "Korthikanti", "Rajbhandari", "Ren",
            "Dettmers", "Hu", "Chen", "Dao", "et", "al", "Optimizers", "via", "Block", "wise",
            "Quantization", "masked_fill", "cross_entropy", "log_softmax", "nll_loss", "math",
            "Markdown", "LaTeX", "RTX", "WikiText", "Python", "Attn", "LN", "CS", "sum", "exp",
            "log", "lookup", "https", "www", "qcustomplot", "com",
            // Files and the formulas' symbols.
            "docs", "formulas", "md", "core", "terms", "cpp", "resources", "presets", "hardware",
            "gpu_flops", "list", "tokens", "epochs", "peak", "in", "out", "kv", "trainscope",
            "json", "png", "svg", "pdf",
            // Parallel layouts: their symbols, links and sources.
            "tp", "pp", "cp", "DP", "TP", "PP", "CP", "NVLink", "InfiniBand", "EDR", "HDR", "NDR",
            "Gb", "DDP", "Narayanan", "Shoeybi", "Liu", "Patarasuk", "Yuan", "ep", "DeepSeekMoE",
        };
        // clang-format on
        for (const char *w : fixed)
            set.insert(QString::fromUtf8(w));
        const auto addWords = [&set](const std::string &text) {
            static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
            for (auto it = word.globalMatch(QString::fromStdString(text)); it.hasNext();)
                set.insert(it.next().captured());
        };
        const ts::PresetStore &store = ts::PresetStore::builtIn();
        for (const ts::GpuPreset &g : store.gpus())
            addWords(g.name), addWords(g.memoryLabel), addWords(g.id), addWords(g.source),
                    addWords(g.hostLink), addWords(g.gpuLink);
        const ts::GpuPreset lecture = ts::lectureGpu();
        addWords(lecture.source), addWords(lecture.hostLink);
        for (const ts::DatasetPreset &d : store.datasets())
            addWords(d.name), addWords(d.source), addWords(d.tokenizer), addWords(d.id);
        for (const ts::ModelPreset &m : store.models())
            addWords(m.name), addWords(m.source), addWords(m.notes), addWords(m.id);
        return set;
    }();
    return words;
}

// The English words of one text (after dropping the formulas' own lines: "N_p = 2·d·v + …").
// A word joined by "-" or "." is one token (bf16-mixed, torch.autocast), each part checked.
inline QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(
            QStringLiteral("[A-Za-z][A-Za-z0-9_ᵀ]*(?:[-.][A-Za-z0-9_]+)*"));
    static const QRegularExpression formula(QStringLiteral("^\\s*(\\S+ )?= "));
    static const QRegularExpression digit(QStringLiteral("\\d"));
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (formula.match(line).hasMatch())
            continue;
        for (auto it = word.globalMatch(line); it.hasNext();) {
            const QString token = it.next().captured();
            if (token.size() == 1 || token.contains(QLatin1Char('_')) || token.contains(digit))
                continue;
            for (const QString &w : token.split(QRegularExpression(QStringLiteral("[-.]")))) {
                if (w.size() > 1 && !untranslatable().contains(w))
                    out << w;
            }
        }
    }
    return out;
}

inline QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

inline QStringList textsOf(QCustomPlot *plot)
{
    QStringList out;
    for (QCPAxis *axis : plot->axisRect()->axes())
        out << axis->label();
    // The legend's names; graphs outside it (ghost curves, bands) show no name.
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        if (plot->legend->visible() && plot->legend->hasItemWithPlottable(p))
            out << p->name();
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)); text && text->visible())
            out << text->text();
    }
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto *title = qobject_cast<QCPTextElement *>(plot->plotLayout()->elementAt(i)))
            out << title->text();
    }
    return out;
}

inline void addAction(QStringList &out, const QAction *action)
{
    out << action->text() << action->toolTip();
    if (QMenu *menu = action->menu()) {
        for (const QAction *sub : menu->actions())
            addAction(out, sub);
    }
}

// Each text with where it was found, for a failure message a translator can act on. `data`:
// texts the user or the files chose (pin names), left out wherever they appear.
inline QStringList englishIn(QWidget *root, const QStringList &data = {})
{
    QStringList found;
    const auto check = [&found, &data](const QObject *where, const QStringList &texts) {
        for (QString text : texts) {
            text = plain(text);
            for (const QString &d : data) {
                text.replace(d, QString());
                for (qsizetype n = d.size() - 1; n >= 8; --n) // elided to fit a column
                    text.replace(d.left(n) + QChar(0x2026), QString());
            }
            const QStringList words = englishWords(text);
            if (!words.isEmpty())
                found << QStringLiteral("%1 [%2]: %3 — %4")
                                 .arg(where->objectName(),
                                      QString::fromLatin1(where->metaObject()->className()),
                                      words.join(QLatin1Char(' ')), text.left(160));
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (w->isHidden() && w != root && !qobject_cast<QMenu *>(w))
            continue;
        QStringList texts { w->toolTip(), w->windowTitle() };
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        }
        if (auto *table = qobject_cast<QTableWidget *>(w)) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (const QTableWidgetItem *h = table->horizontalHeaderItem(c))
                    texts << h->text();
                for (int r = 0; r < table->rowCount(); ++r) {
                    if (const QTableWidgetItem *item = table->item(r, c))
                        texts << item->text() << item->toolTip();
                }
            }
            for (int r = 0; r < table->rowCount(); ++r) {
                if (const QTableWidgetItem *h = table->verticalHeaderItem(r))
                    texts << h->text();
            }
        }
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            texts << browser->toPlainText();
        if (auto *plot = qobject_cast<QCustomPlot *>(w))
            texts << textsOf(plot);
        for (const QAction *action : w->actions())
            addAction(texts, action);
        check(w, texts);
    }
    return found;
}

} // namespace visibletext
