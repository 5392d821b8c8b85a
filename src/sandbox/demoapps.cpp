#include "demoapps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rh::sandbox {

namespace {

DemoNode node(const char *nodeId, const char *nodeName, const char *fieldName, const char *fieldValue,
              const char *fieldType, const char *fieldData, const char *description, const char *descriptionEn)
{
    return DemoNode{QString::fromUtf8(nodeId),      QString::fromUtf8(nodeName),     QString::fromUtf8(fieldName),
                    QString::fromUtf8(fieldValue),  QString::fromUtf8(fieldType),    QString::fromUtf8(fieldData),
                    QString::fromUtf8(description), QString::fromUtf8(descriptionEn)};
}

DemoApp textToImage()
{
    DemoApp app;
    app.webappId = QStringLiteral("1877265245566922753");
    app.webappName = QString::fromUtf8("文生图 · 沙盒演示 (Text to image)");
    app.outputNodeId = QStringLiteral("9");
    app.nodes = {
        node("6", "CLIPTextEncode", "text", "a cat sitting on a windowsill at sunset, watercolor", "STRING",
             R"(["STRING", {"default": "", "multiline": true}])", "提示词", "Prompt"),
        node("3", "KSampler", "steps", "20", "INT", R"(["INT", {"default": 20, "min": 1, "max": 100}])", "采样步数",
             "Sampling steps"),
        node("3", "KSampler", "cfg", "7.5", "FLOAT",
             R"(["FLOAT", {"default": 7.5, "min": 1.0, "max": 30.0, "step": 0.5}])", "提示词引导系数", "CFG scale"),
        node("30", "RH_ModelSelect", "model", "flux-pro", "LIST",
             R"([{"name": "flux-pro", "index": "flux-pro", "description": "专业版，细节最好"}, )"
             R"({"name": "flux-dev", "index": "flux-dev", "description": "开发版"}, )"
             R"({"index": "flux-schnell", "description": "快速版"}, )"
             R"({"default": "flux-pro", "description": "忽略"}])",
             "模型", "Model"),
        node("5", "EmptyLatentImage", "batch_size", "1", "INT", R"(["INT", {"default": 1, "min": 1, "max": 4}])",
             "生成张数", "Number of images"),
    };
    return app;
}

DemoApp imageToImage()
{
    DemoApp app;
    app.webappId = QStringLiteral("1894010498277093377");
    app.webappName = QString::fromUtf8("图生图 · 风格重绘 (Image to image)");
    app.outputNodeId = QStringLiteral("52");
    app.nodes = {
        node("12", "LoadImage", "image", "sandbox-sample-cat.png", "IMAGE",
             R"([["sandbox-sample-cat.png", "sandbox-sample-street.jpg"], {"image_upload": true}])", "原图",
             "Source image"),
        node("13", "CLIPTextEncode", "text", "oil painting, thick brush strokes", "STRING",
             R"(["STRING", {"default": "", "multiline": true}])", "风格描述", "Style prompt"),
        node("45", "KSampler", "steps", "25", "INT", R"(["INT", {"default": 25, "min": 1, "max": 100}])", "采样步数",
             "Sampling steps"),
        node("45", "KSampler", "denoise", "0.6", "FLOAT",
             R"(["FLOAT", {"default": 0.6, "min": 0.0, "max": 1.0, "step": 0.01}])", "重绘幅度", "Denoise strength"),
        node("60", "ImpactSwitch", "select", "2", "SWITCH",
             R"([{"name": "input1", "index": 1.0}, {"name": "input2", "index": 2.0}])", "放大开关", "Upscale switch"),
    };
    return app;
}

DemoApp imageAudioVideo()
{
    DemoApp app;
    app.webappId = QStringLiteral("1903718280794906625");
    app.webappName = QString::fromUtf8("图生视频 · 配乐 (Image to video with music)");
    app.outputNodeId = QStringLiteral("90");
    app.nodes = {
        node("8", "LoadImage", "image", "sandbox-sample-street.jpg", "IMAGE",
             R"([["sandbox-sample-street.jpg"], {"image_upload": true}])", "首帧图片", "First frame"),
        node("21", "LoadAudio", "audio", "sandbox-sample-music.mp3", "AUDIO",
             R"([["sandbox-sample-music.mp3"], {"audio_upload": true}])", "背景音乐", "Background music"),
        node("33", "VHS_LoadVideo", "video", "sandbox-sample-motion.mp4", "VIDEO",
             R"([["sandbox-sample-motion.mp4"], {"video_upload": true}])", "动作参考视频", "Motion reference video"),
        node("40", "CLIPTextEncode", "text", "camera slowly pans to the left", "STRING",
             R"(["STRING", {"default": "", "multiline": false}])", "运动描述", "Motion prompt"),
        node("41", "VHS_VideoCombine", "frame_rate", "24", "INT", R"(["INT", {"default": 24, "min": 8, "max": 60}])",
             "帧率", "Frame rate"),
        node("42", "RH_Duration", "seconds", "4.0", "FLOAT", R"(["FLOAT", {"default": 4.0, "min": 1.0, "max": 10.0}])",
             "时长（秒）", "Duration (seconds)"),
        node("43", "RH_Resolution", "resolution", "720p", "LIST",
             R"([{"index": "480p", "description": "标清"}, {"index": "720p", "description": "高清"}, )"
             R"({"index": "1080p", "description": "全高清"}, {"default": "720p", "description": "忽略"}])",
             "分辨率", "Resolution"),
    };
    return app;
}

QJsonObject nodeJson(const DemoNode &n)
{
    return QJsonObject{
        {QStringLiteral("nodeId"), n.nodeId},           {QStringLiteral("nodeName"), n.nodeName},
        {QStringLiteral("fieldName"), n.fieldName},     {QStringLiteral("fieldValue"), n.fieldValue},
        {QStringLiteral("fieldData"), n.fieldData},     {QStringLiteral("fieldType"), n.fieldType},
        {QStringLiteral("description"), n.description}, {QStringLiteral("descriptionEn"), n.descriptionEn}};
}

QString curlText(const DemoApp &app, const QString &baseUrl)
{
    QJsonArray rows;
    for (const DemoNode &n : app.nodes)
        rows.append(QJsonObject{{QStringLiteral("nodeId"), n.nodeId},
                                {QStringLiteral("fieldName"), n.fieldName},
                                {QStringLiteral("fieldValue"), n.fieldValue}});
    // Like the real one: the webappId in the example is the string "null"; clients must ignore this text.
    const QJsonObject body{{QStringLiteral("webappId"), QStringLiteral("null")},
                           {QStringLiteral("apiKey"), QStringLiteral("{{apiKey}}")},
                           {QStringLiteral("nodeInfoList"), rows}};
    return QStringLiteral("curl --location --request POST '%1/task/openapi/ai-app/run' \\\n"
                          "--header 'Content-Type: application/json' \\\n--data-raw '%2'")
        .arg(baseUrl, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

} // namespace

const DemoNode *DemoApp::findNode(const QString &nodeId, const QString &fieldName) const
{
    for (const DemoNode &n : nodes) {
        if (n.nodeId == nodeId && n.fieldName == fieldName)
            return &n;
    }
    return nullptr;
}

const DemoNode *DemoApp::busyNode() const
{
    for (const DemoNode &n : nodes) {
        if (n.nodeName.contains(QLatin1String("Sampler")))
            return &n;
    }
    return nodes.isEmpty() ? nullptr : &nodes.constFirst();
}

QList<DemoApp> demoApps()
{
    return {textToImage(), imageToImage(), imageAudioVideo()};
}

QStringList sampleFileNames()
{
    return {QStringLiteral("sandbox-sample-cat.png"), QStringLiteral("sandbox-sample-street.jpg"),
            QStringLiteral("sandbox-sample-music.mp3"), QStringLiteral("sandbox-sample-motion.mp4")};
}

QJsonObject apiCallDemoData(const DemoApp &app, const QString &baseUrl)
{
    QJsonArray nodes;
    for (const DemoNode &n : app.nodes)
        nodes.append(nodeJson(n));
    const QString cover = QStringLiteral("%1/files/cover-%2.png").arg(baseUrl, app.webappId);
    const QString thumb = QStringLiteral("%1/files/cover-%2-thumb.png").arg(baseUrl, app.webappId);
    const QJsonArray covers{QJsonObject{{QStringLiteral("url"), cover}, {QStringLiteral("thumbnailUri"), thumb}}};
    const QJsonObject stats{{QStringLiteral("likeCount"), QStringLiteral("128")},
                            {QStringLiteral("collectCount"), QStringLiteral("64")},
                            {QStringLiteral("useCount"), QStringLiteral("2048")},
                            {QStringLiteral("pv"), QStringLiteral("4096")}};
    return QJsonObject{{QStringLiteral("webappName"), app.webappName},
                       {QStringLiteral("nodeInfoList"), nodes},
                       {QStringLiteral("covers"), covers},
                       {QStringLiteral("statisticsInfo"), stats},
                       {QStringLiteral("curl"), curlText(app, baseUrl)}};
}

} // namespace rh::sandbox
