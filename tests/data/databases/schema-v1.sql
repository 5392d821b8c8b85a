-- An rhdesk database of schema version 1 (rhdesk 0.1.0, before rows named their server), with a few rows:
-- runs on the real site, a run and an app cache entry left by the sandbox (loopback URLs), presets and uploads.
-- tst_database migrates it and checks that every row is kept. One statement per line.
CREATE TABLE runs ( id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL, webapp_id TEXT NOT NULL, app_name TEXT NOT NULL DEFAULT '', request_json TEXT NOT NULL DEFAULT '', task_id TEXT, client_id TEXT NOT NULL DEFAULT '', state TEXT NOT NULL, state_changed_at INTEGER NOT NULL, error_code TEXT NOT NULL DEFAULT '', error_text TEXT NOT NULL DEFAULT '', cost_time TEXT NOT NULL DEFAULT '', coins TEXT NOT NULL DEFAULT '', money TEXT NOT NULL DEFAULT '', third_party_money TEXT NOT NULL DEFAULT '', unknown_outcome INTEGER NOT NULL DEFAULT 0);
CREATE INDEX runs_created_at ON runs (created_at);
CREATE INDEX runs_state ON runs (state, created_at);
CREATE INDEX runs_webapp_id ON runs (webapp_id, created_at);
CREATE INDEX runs_task_id ON runs (task_id);
CREATE INDEX runs_app_name ON runs (app_name);
CREATE INDEX runs_webapp_id_order ON runs (length(webapp_id), webapp_id);
CREATE INDEX runs_task_id_order ON runs (length(task_id), task_id);
CREATE INDEX runs_cost_time ON runs (CAST(cost_time AS REAL));
CREATE INDEX runs_coins ON runs (CAST(coins AS REAL));
CREATE TABLE run_events ( id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, at INTEGER NOT NULL, state TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
CREATE INDEX run_events_run_id ON run_events (run_id);
CREATE TABLE run_outputs ( run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, n INTEGER NOT NULL, file_url TEXT NOT NULL DEFAULT '', file_type TEXT NOT NULL DEFAULT '', node_id TEXT NOT NULL DEFAULT '', local_path TEXT NOT NULL DEFAULT '', PRIMARY KEY (run_id, n));
CREATE TABLE app_cache ( webapp_id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', cover_url TEXT NOT NULL DEFAULT '', thumbnail_url TEXT NOT NULL DEFAULT '', nodes_json TEXT NOT NULL DEFAULT '[]', fetched_at INTEGER NOT NULL);
CREATE TABLE presets ( id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, webapp_id TEXT NOT NULL, app_name TEXT NOT NULL DEFAULT '', instance_type TEXT NOT NULL DEFAULT '', webhook_url TEXT NOT NULL DEFAULT '', nodes_json TEXT NOT NULL DEFAULT '[]', favourite INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, last_used_at INTEGER);
CREATE INDEX presets_webapp_id ON presets (webapp_id);
CREATE TABLE uploads ( sha256 TEXT PRIMARY KEY, file_name TEXT NOT NULL, file_type TEXT NOT NULL DEFAULT '', uploaded_at INTEGER NOT NULL, local_path TEXT NOT NULL DEFAULT '');
INSERT INTO runs (id, created_at, webapp_id, app_name, request_json, task_id, client_id, state, state_changed_at, unknown_outcome) VALUES (1, 1732400000000, '1877265245566922753', 'Flux 文生图', '{}', '1907035719658053634', 'c1', 'running', 1732400000000, 0);
INSERT INTO runs (id, created_at, webapp_id, app_name, request_json, task_id, client_id, state, state_changed_at, unknown_outcome) VALUES (2, 1732400001000, '1877265245566922753', 'Flux 文生图', '{}', '1907035719658053635', 'c1', 'success', 1732400002000, 0);
INSERT INTO runs (id, created_at, webapp_id, app_name, request_json, task_id, client_id, state, state_changed_at, unknown_outcome) VALUES (3, 1732400003000, '1877265245566922753', 'Text to image (sandbox)', '{}', '2126862666533175297', 'c2', 'success', 1732400004000, 0);
INSERT INTO run_events (run_id, at, state) VALUES (1, 1732400000000, 'running');
INSERT INTO run_outputs (run_id, n, file_url, file_type) VALUES (2, 0, 'https://rh-images.oss-cn-hongkong.aliyuncs.com/a.png', 'png');
INSERT INTO run_outputs (run_id, n, file_url, file_type) VALUES (3, 0, 'http://127.0.0.1:41234/files/2126862666533175297-1.png', 'png');
INSERT INTO app_cache (webapp_id, name, cover_url, thumbnail_url, nodes_json, fetched_at) VALUES ('1877265245566922753', 'Flux 文生图', 'https://rh-images.oss-cn-hongkong.aliyuncs.com/cover.png', '', '[]', 1732400000000);
INSERT INTO app_cache (webapp_id, name, cover_url, thumbnail_url, nodes_json, fetched_at) VALUES ('1894010498277093377', 'Image to image (sandbox)', 'http://127.0.0.1:41234/files/cover-1894010498277093377.png', '', '[]', 1732400000000);
INSERT INTO presets (id, name, webapp_id, app_name, nodes_json, created_at, updated_at) VALUES (1, '蓝色杯子', '1877265245566922753', 'Flux 文生图', '[]', 1732400000000, 1732400000000);
INSERT INTO uploads (sha256, file_name, file_type, uploaded_at, local_path) VALUES ('ab12', 'api/ab12.png', 'image', 1732400000000, '');
PRAGMA user_version=1;
