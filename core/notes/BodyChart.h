// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stillpoint::core {

// The drawings a therapist marks on. Each is shipped as an SVG resource (ui) whose drawing fills
// a square 0..1 × 0..1 box; a mark's position is stored in that box so it never depends on the
// size the chart is shown at.
enum class BodyView {
    HeadNeckBack, // head and neck from behind
    HeadSide, // head from the side (right side facing the viewer)
    FaceJaw, // face and jaw from the front
    UpperBackShoulders, // upper back and shoulders from behind
    BodyFront, // whole body from the front
    BodyBack, // whole body from behind
};

enum class MarkType {
    TriggerPoint,
    TenderPoint,
    Hypertonicity, // hypertonicity or spasm
    Pain,
    ReferredPain, // with a direction
    Numbness,
};

enum class BodySide { NotApplicable, Left, Right, Both, Midline };

// One mark on a view: data, compared across visits, never only a picture.
struct BodyMark
{
    BodyView view = BodyView::HeadNeckBack;
    double x = 0.5; // 0..1 across the view's box, left to right as drawn
    double y = 0.5; // 0..1 down the view's box
    MarkType type = MarkType::TriggerPoint;
    int intensity = 5; // 0..10
    QString muscle; // a BodyChartCatalog::muscles() key, or empty
    BodySide side = BodySide::NotApplicable;
    // For referred pain: the direction the pain spreads, degrees clockwise from "up" on the
    // drawing (0 up, 90 right, 180 down, 270 left); empty otherwise.
    std::optional<int> directionDegrees;
    // Pressure-pain threshold from an algometer at this point, kg/cm² (0.1..20), if measured.
    std::optional<double> pressurePainThreshold;
    QString note;

    friend bool operator==(const BodyMark &, const BodyMark &) = default;
};

struct MuscleInfo
{
    QString key; // stable: "upper_trapezius"
    QString label; // "Upper trapezius"
    QList<BodyView> views; // where it can usually be marked
};

// Names and stable keys of views, mark types, sides and muscles (keys are what is stored).
namespace BodyChartCatalog {
QList<BodyView> views();
QString viewKey(BodyView view); // "head_neck_back", "head_side", "face_jaw", "upper_back",
                                // "body_front", "body_back"
QString viewLabel(BodyView view); // "Head and neck (back)" …
std::optional<BodyView> viewFromKey(const QString &key);

QList<MarkType> markTypes();
QString markTypeKey(MarkType type); // "trigger_point", "tender_point", "hypertonicity", "pain",
                                    // "referred_pain", "numbness"
QString markTypeLabel(MarkType type); // "Trigger point" …
std::optional<MarkType> markTypeFromKey(const QString &key);

QList<BodySide> sides();
QString sideKey(BodySide side); // "", "left", "right", "both", "midline"
QString sideLabel(BodySide side);
std::optional<BodySide> sideFromKey(const QString &key);

// Upper trapezius, suboccipitals, sternocleidomastoid (SCM), temporalis, masseter, levator
// scapulae, splenius capitis, splenius cervicis, semispinalis capitis, scalenes, rhomboids,
// middle trapezius, lower trapezius, occipitofrontalis, medial and lateral pterygoid,
// infraspinatus, supraspinatus, pectoralis minor, erector spinae, and more.
const QList<MuscleInfo> &muscles();
QString muscleLabel(const QString &key); // the key itself when unknown
} // namespace BodyChartCatalog

} // namespace stillpoint::core
