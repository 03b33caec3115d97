// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/notes/BodyChart.h"

namespace stillpoint::core::BodyChartCatalog {

QList<BodyView> views()
{
    return { BodyView::HeadNeckBack,       BodyView::HeadSide,  BodyView::FaceJaw,
             BodyView::UpperBackShoulders, BodyView::BodyFront, BodyView::BodyBack };
}

QString viewKey(BodyView view)
{
    switch (view) {
    case BodyView::HeadNeckBack:
        return QStringLiteral("head_neck_back");
    case BodyView::HeadSide:
        return QStringLiteral("head_side");
    case BodyView::FaceJaw:
        return QStringLiteral("face_jaw");
    case BodyView::UpperBackShoulders:
        return QStringLiteral("upper_back");
    case BodyView::BodyFront:
        return QStringLiteral("body_front");
    case BodyView::BodyBack:
        return QStringLiteral("body_back");
    }
    return {};
}

QString viewLabel(BodyView view)
{
    switch (view) {
    case BodyView::HeadNeckBack:
        return QStringLiteral("Head and neck (back)");
    case BodyView::HeadSide:
        return QStringLiteral("Head (side)");
    case BodyView::FaceJaw:
        return QStringLiteral("Face and jaw");
    case BodyView::UpperBackShoulders:
        return QStringLiteral("Upper back and shoulders");
    case BodyView::BodyFront:
        return QStringLiteral("Whole body (front)");
    case BodyView::BodyBack:
        return QStringLiteral("Whole body (back)");
    }
    return {};
}

std::optional<BodyView> viewFromKey(const QString &key)
{
    for (BodyView view : views()) {
        if (viewKey(view) == key)
            return view;
    }
    return std::nullopt;
}

QList<MarkType> markTypes()
{
    return { MarkType::TriggerPoint, MarkType::TenderPoint,  MarkType::Hypertonicity,
             MarkType::Pain,         MarkType::ReferredPain, MarkType::Numbness };
}

QString markTypeKey(MarkType type)
{
    switch (type) {
    case MarkType::TriggerPoint:
        return QStringLiteral("trigger_point");
    case MarkType::TenderPoint:
        return QStringLiteral("tender_point");
    case MarkType::Hypertonicity:
        return QStringLiteral("hypertonicity");
    case MarkType::Pain:
        return QStringLiteral("pain");
    case MarkType::ReferredPain:
        return QStringLiteral("referred_pain");
    case MarkType::Numbness:
        return QStringLiteral("numbness");
    }
    return {};
}

QString markTypeLabel(MarkType type)
{
    switch (type) {
    case MarkType::TriggerPoint:
        return QStringLiteral("Trigger point");
    case MarkType::TenderPoint:
        return QStringLiteral("Tender point");
    case MarkType::Hypertonicity:
        return QStringLiteral("Hypertonicity / spasm");
    case MarkType::Pain:
        return QStringLiteral("Pain");
    case MarkType::ReferredPain:
        return QStringLiteral("Referred pain");
    case MarkType::Numbness:
        return QStringLiteral("Numbness");
    }
    return {};
}

std::optional<MarkType> markTypeFromKey(const QString &key)
{
    for (MarkType type : markTypes()) {
        if (markTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

QList<BodySide> sides()
{
    return { BodySide::NotApplicable, BodySide::Left, BodySide::Right, BodySide::Both,
             BodySide::Midline };
}

QString sideKey(BodySide side)
{
    switch (side) {
    case BodySide::NotApplicable:
        return QString();
    case BodySide::Left:
        return QStringLiteral("left");
    case BodySide::Right:
        return QStringLiteral("right");
    case BodySide::Both:
        return QStringLiteral("both");
    case BodySide::Midline:
        return QStringLiteral("midline");
    }
    return {};
}

QString sideLabel(BodySide side)
{
    switch (side) {
    case BodySide::NotApplicable:
        return QStringLiteral("Not applicable");
    case BodySide::Left:
        return QStringLiteral("Left");
    case BodySide::Right:
        return QStringLiteral("Right");
    case BodySide::Both:
        return QStringLiteral("Both sides");
    case BodySide::Midline:
        return QStringLiteral("Midline");
    }
    return {};
}

std::optional<BodySide> sideFromKey(const QString &key)
{
    for (BodySide side : sides()) {
        if (sideKey(side) == key)
            return side;
    }
    return std::nullopt;
}

// The muscles a migraine-focused massage practice marks most, head and neck first. Keys are
// stored in notes: never change one, only add.
const QList<MuscleInfo> &muscles()
{
    using V = BodyView;
    static const QList<MuscleInfo> list{
        { QStringLiteral("upper_trapezius"),
          QStringLiteral("Upper trapezius"),
          { V::HeadNeckBack, V::HeadSide, V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("suboccipitals"),
          QStringLiteral("Suboccipitals"),
          { V::HeadNeckBack, V::HeadSide } },
        { QStringLiteral("sternocleidomastoid"),
          QStringLiteral("Sternocleidomastoid (SCM)"),
          { V::HeadSide, V::FaceJaw, V::BodyFront } },
        { QStringLiteral("temporalis"), QStringLiteral("Temporalis"), { V::HeadSide, V::FaceJaw } },
        { QStringLiteral("masseter"), QStringLiteral("Masseter"), { V::HeadSide, V::FaceJaw } },
        { QStringLiteral("levator_scapulae"),
          QStringLiteral("Levator scapulae"),
          { V::HeadNeckBack, V::HeadSide, V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("splenius_capitis"),
          QStringLiteral("Splenius capitis"),
          { V::HeadNeckBack, V::HeadSide } },
        { QStringLiteral("splenius_cervicis"),
          QStringLiteral("Splenius cervicis"),
          { V::HeadNeckBack, V::UpperBackShoulders } },
        { QStringLiteral("semispinalis_capitis"),
          QStringLiteral("Semispinalis capitis"),
          { V::HeadNeckBack } },
        { QStringLiteral("scalenes"), QStringLiteral("Scalenes"), { V::HeadSide, V::BodyFront } },
        { QStringLiteral("occipitofrontalis"),
          QStringLiteral("Occipitofrontalis"),
          { V::HeadNeckBack, V::HeadSide, V::FaceJaw } },
        { QStringLiteral("medial_pterygoid"),
          QStringLiteral("Medial pterygoid"),
          { V::FaceJaw, V::HeadSide } },
        { QStringLiteral("lateral_pterygoid"),
          QStringLiteral("Lateral pterygoid"),
          { V::FaceJaw, V::HeadSide } },
        { QStringLiteral("digastric"), QStringLiteral("Digastric"), { V::FaceJaw, V::HeadSide } },
        { QStringLiteral("middle_trapezius"),
          QStringLiteral("Middle trapezius"),
          { V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("lower_trapezius"),
          QStringLiteral("Lower trapezius"),
          { V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("rhomboids"),
          QStringLiteral("Rhomboids"),
          { V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("supraspinatus"),
          QStringLiteral("Supraspinatus"),
          { V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("infraspinatus"),
          QStringLiteral("Infraspinatus"),
          { V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("deltoid"),
          QStringLiteral("Deltoid"),
          { V::UpperBackShoulders, V::BodyFront, V::BodyBack } },
        { QStringLiteral("pectoralis_minor"),
          QStringLiteral("Pectoralis minor"),
          { V::BodyFront } },
        { QStringLiteral("pectoralis_major"),
          QStringLiteral("Pectoralis major"),
          { V::BodyFront } },
        { QStringLiteral("erector_spinae"),
          QStringLiteral("Erector spinae"),
          { V::UpperBackShoulders, V::BodyBack } },
        { QStringLiteral("latissimus_dorsi"),
          QStringLiteral("Latissimus dorsi"),
          { V::UpperBackShoulders, V::BodyBack } },
    };
    return list;
}

QString muscleLabel(const QString &key)
{
    for (const MuscleInfo &muscle : muscles()) {
        if (muscle.key == key)
            return muscle.label;
    }
    return key;
}

} // namespace stillpoint::core::BodyChartCatalog
