#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rh::sandbox {

/// One editable input of a demo app, as apiCallDemo lists it, plus the ComfyUI class the validation
/// errors name.
struct DemoNode
{
    QString nodeId;
    QString nodeName; ///< also the ComfyUI class_type
    QString fieldName;
    QString fieldValue;
    QString fieldType;
    QString fieldData; ///< JSON text, written by hand so indexes like 1.0 keep their spelling
    QString description;
    QString descriptionEn;
};

/// A published AI app of the sandbox.
struct DemoApp
{
    QString webappId; ///< 19 digits
    QString webappName;
    QString outputNodeId; ///< the SaveImage node its outputs name
    QList<DemoNode> nodes;

    const DemoNode *findNode(const QString &nodeId, const QString &fieldName) const;
    /// The node a run spends its time in (and a simulated failure blames): the sampler when there is one, like
    /// most real runs; else the first node; nullptr for an app without inputs.
    const DemoNode *busyNode() const;
};

/// The catalogue: text-to-image, image-to-image and an image+audio+video app, together using every fieldType.
QList<DemoApp> demoApps();

/// Files the apps' IMAGE/VIDEO/AUDIO inputs name by default (the "author's samples"); always known.
QStringList sampleFileNames();

/// The apiCallDemo `data` object for an app; covers point at PNGs under baseUrl.
QJsonObject apiCallDemoData(const DemoApp &app, const QString &baseUrl);

} // namespace rh::sandbox
